from scripts.qbank.topics import load_topics


def test_loads_registry_in_order(docs):
    topics, problems = load_topics(docs, docs.parent)
    assert problems == []
    assert [t.id for t in topics] == ["alpha", "beta", "gamma"]
    assert topics[1].name == "Beta & friends" and topics[0].intro == "Alpha intro text."


def test_registry_problems(docs):
    (docs / "questions/topics.yml").write_text(
        "- id: Bad Id\n  name: x\n  description: y\n"
        "- id: ok\n  name: 'has \"quote'\n  description: y\n  colour: red\n"
        "- id: ok\n  name: again\n  description: z\n")
    _, problems = load_topics(docs, docs.parent)
    text = "\n".join(map(str, problems))
    assert "topic #1: 'id': must be lower-case words" in text
    assert "topic 'ok': 'name': must be at most 60 characters" in text
    assert "unknown field(s) ['colour']" in text
    assert "duplicate topic id" in text
    assert all(str(p).startswith("docs/questions/topics.yml: ") for p in problems)

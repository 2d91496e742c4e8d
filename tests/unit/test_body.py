from scripts.qbank.body import internal_md_links, parse_body

FOLLOWUPS = '''
## Follow-up questions

??? question "One?"
    Answer one.

??? question "Two?"
    Answer two.
'''


def parse(text):
    body, problems = parse_body("q.md", text)
    return body, [str(p) for p in problems]


def test_short_answer_and_followups_are_extracted():
    body, problems = parse('??? answer "Short answer"\n    It works.\n    Two lines.\n'
                           + FOLLOWUPS)
    assert problems == []
    assert body.short_answer == "It works.\nTwo lines."
    assert body.followups == [("One?", "Answer one."), ("Two?", "Answer two.")]


def test_missing_short_answer():
    _, problems = parse("Some text first.\n" + FOLLOWUPS)
    assert any("must start with the short answer block" in p for p in problems)


def test_empty_short_answer():
    _, problems = parse('??? answer "Short answer"\n\n## Explanation\n' + FOLLOWUPS)
    assert any("the short answer block is empty" in p for p in problems)


def test_empty_followup_answer():
    _, problems = parse('??? answer "Short answer"\n    Yes.\n' + FOLLOWUPS
                        + '\n??? question "Three?"\n\nText.\n')
    assert any("'Three?' has an empty answer" in p for p in problems)


def test_followup_count_is_enforced():
    _, problems = parse('??? answer "Short answer"\n    Yes.\n')
    assert any("2 to 4" in p and "(found 0)" in p for p in problems)


def test_h1_is_refused_but_not_inside_code():
    text = '??? answer "Short answer"\n    Yes.\n\n```python\n# comment\n```\n' + FOLLOWUPS
    assert parse(text)[1] == []
    _, problems = parse(text + "\n# A heading\n")
    assert any("must not contain an H1" in p for p in problems)


def test_links_outside_code_are_found():
    text = ('??? answer "Short answer"\n    See [a](a.md) and `[b](b.md)`.\n\n'
            "```\n[c](c.md)\n```\n[d](https://x.org/d.md) [e](../t/e.md#x) [f](#top)\n"
            + FOLLOWUPS)
    body, _ = parse(text)
    targets = [t for _, t in internal_md_links(body.links)]
    assert targets == ["a.md", "../t/e.md#x"]

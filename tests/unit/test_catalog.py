"""Loading the fixture tree, and every way of breaking a file failing with its name."""

import pytest

from scripts.qbank.catalog import load_catalog
from scripts.qbank.problems import ContentError


def test_loads_questions_in_topic_order(fixture_catalog):
    assert [q.slug for q in fixture_catalog.ordered()] == [
        "first-question", "second-question", "fourth-question", "third-question"]
    assert [t.id for t in fixture_catalog.active_topics] == ["alpha", "beta"]


def test_question_fields(fixture_catalog):
    q = fixture_catalog.by_slug["first-question"]
    assert q.src_uri == "questions/alpha/first-question.md"
    assert q.short_answer.startswith("The first answer")
    assert q.aliases == ["FQ"] and len(q.followups) == 2


def errors(docs):
    with pytest.raises(ContentError) as info:
        load_catalog(docs, root=docs.parent)
    return [str(p) for p in info.value.problems]


def edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


FIRST = "docs/questions/alpha/first-question.md"

CORRUPTIONS = {
    "missing field": ("title: What is the first fixture question?\n", "",
                      "front matter: 'title': required field is missing"),
    "invalid difficulty": ("difficulty: beginner", "difficulty: easy",
                           "'difficulty': must be one of beginner, intermediate, advanced"),
    "unknown topic": ("topic: alpha", "topic: omega", "unknown topic 'omega'"),
    "long description": ("description: A fixture", "description: " + "x" * 150 + " A fixture",
                         "'description': must be 50-160 characters"),
    "quote in title": ("title: What is the first", 'title: What is the "first"',
                       "must not contain the characters"),
    "angle bracket in description": ("about neurons", "about <neurons>",
                                     "'description': must not contain"),
    "empty answer": ("    The first answer, with a link to [the second](second-question.md) "
                     "and maths $a^2$.\n", "", "the short answer block is empty"),
    "malformed yaml": ("keywords: [neuron, activation, layer]", "keywords: [neuron, activation",
                       "malformed YAML"),
    "broken link": ("(../beta/third-question.md#explanation)", "(../beta/nope.md)",
                    "link to '../beta/nope.md' points to no page"),
    "unknown related": ("order: 1", "related: [nope]\norder: 1", "no question has the slug 'nope'"),
    "too few keywords": ("[neuron, activation, layer]", "[neuron, activation]",
                         "needs at least 3 keywords"),
}


@pytest.mark.parametrize("case", sorted(CORRUPTIONS))
def test_each_corruption_names_the_file(docs, case):
    old, new, expected = CORRUPTIONS[case]
    edit(docs / "questions/alpha/first-question.md", old, new)
    found = errors(docs)
    assert any(p.startswith(FIRST + ": ") and expected in p for p in found), found


def test_duplicate_slug_across_topics(docs):
    (docs / "questions/beta/first-question.md").write_text(
        (docs / "questions/alpha/first-question.md").read_text()
        .replace("topic: alpha", "topic: beta").replace("first fixture", "copied fixture")
        .replace("(second-question.md)", "(../alpha/second-question.md)")
        .replace("../beta/third-question.md", "third-question.md"))
    found = errors(docs)
    assert any("docs/questions/beta/first-question.md: file name: duplicate slug" in p
               for p in found), found


def test_duplicate_title(docs):
    edit(docs / "questions/beta/fourth-question.md", "What is the fourth fixture question?",
         "What is the first fixture question?")
    found = errors(docs)
    assert sum("duplicate title" in p for p in found) == 2


def test_all_problems_are_reported_at_once(docs):
    edit(docs / "questions/alpha/first-question.md", "difficulty: beginner", "difficulty: x")
    edit(docs / "questions/beta/third-question.md", "topic: beta", "topic: nope")
    found = errors(docs)
    assert any(p.startswith("docs/questions/alpha/") for p in found)
    assert any(p.startswith("docs/questions/beta/") for p in found)


def test_reserved_and_misplaced_files(docs):
    (docs / "questions/alpha/index.md").write_text("x")
    (docs / "questions/stray.md").write_text("x")
    found = errors(docs)
    assert any("alpha/index.md: file name: 'index.md' is reserved" in p for p in found)
    assert any("questions/stray.md: location" in p for p in found)


def test_report_has_one_line_per_problem_and_a_count(docs):
    edit(docs / "questions/alpha/first-question.md", "difficulty: beginner", "difficulty: x")
    with pytest.raises(ContentError) as info:
        load_catalog(docs, root=docs.parent)
    lines = info.value.report().splitlines()
    assert lines[0] == "1 content problem found:"
    assert len(lines) == 2 and "Traceback" not in info.value.report()

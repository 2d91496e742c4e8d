import pytest

from scripts.qbank.schema import check_front_matter

GOOD = {
    "title": "What is a valid question title?",
    "description": "A description that is long enough to pass the fifty character minimum rule.",
    "topic": "alpha",
    "difficulty": "beginner",
    "keywords": ["a", "b", "c"],
}


def problems(**changes):
    meta = {**GOOD, **changes}
    meta = {k: v for k, v in meta.items() if v is not ...}
    return [str(p) for p in check_front_matter("q.md", meta, ["alpha", "beta"], "alpha")]


def test_valid_front_matter_has_no_problem():
    assert problems() == []


@pytest.mark.parametrize("field", ["title", "description", "topic", "difficulty", "keywords"])
def test_each_required_field(field):
    found = problems(**{field: ...})
    assert any(f"'{field}': required field is missing" in p for p in found)


def test_bad_difficulty_lists_allowed_values():
    (p,) = problems(difficulty="easy")
    assert p == ("q.md: front matter: 'difficulty': must be one of beginner, intermediate, "
                 "advanced (got 'easy')")


def test_unknown_topic_lists_topics():
    found = problems(topic="gamma")
    assert any("unknown topic 'gamma'; must be one of: alpha, beta" in p for p in found)


def test_topic_must_match_folder():
    found = problems(topic="beta")
    assert any("move the file to docs/questions/beta/" in p for p in found)


def test_description_too_long():
    (p,) = problems(description="x" * 161)
    assert "'description': must be 50-160 characters long (it is 161)" in p


@pytest.mark.parametrize("char", ['"', "<", ">"])
@pytest.mark.parametrize("field", ["title", "description"])
def test_unsafe_characters(field, char):
    value = GOOD[field][:-1] + char
    found = problems(**{field: value})
    assert any(f"'{field}': must not contain the characters" in p for p in found)


def test_too_few_keywords():
    (p,) = problems(keywords=["a", "b"])
    assert "needs at least 3 keywords (got 2)" in p


def test_keywords_must_be_a_list_of_strings():
    (p,) = problems(keywords="a, b, c")
    assert "must be a list of non-empty strings" in p


def test_unknown_field_suggests_the_right_one():
    (p,) = problems(dificulty="beginner")
    assert "'dificulty': unknown field (did you mean 'difficulty'?)" in p


def test_order_must_be_an_integer():
    (p,) = problems(order="first")
    assert "'order': must be a whole number" in p


def test_reviewed_is_a_date():
    import datetime as dt

    assert problems(reviewed=dt.date(2026, 12, 3)) == []
    assert problems(reviewed="2026-12-03") == []
    for bad in ("yesterday", "2026-13-01", 20261203, "3 Dec 2026"):
        assert any("'reviewed': must be the date of the last full review" in p
                   for p in problems(reviewed=bad)), bad

import pytest

from scripts.qbank.catalog import load_catalog
from scripts.qbank.scaffold import ScaffoldError, new_question, slugify


def test_slug_from_title():
    assert slugify("What is a 1×1 convolution, and why use it?") == "what-is-a-1-1-convolution-and-why-use-it"
    assert slugify("Naïve Bayes vs. logistic regression") == "naive-bayes-vs-logistic-regression"


def test_new_page_passes_the_check_and_carries_the_title(docs):
    path = new_question(docs, "What's the \"quokka\" trick?".replace('"', ""), "alpha", "intermediate")
    assert path == docs / "questions/alpha/what-s-the-quokka-trick.md"
    q = load_catalog(docs).by_slug["what-s-the-quokka-trick"]
    assert q.title == "What's the quokka trick?" and q.difficulty == "intermediate"
    assert len(q.keywords) >= 3


@pytest.mark.parametrize("kwargs,message", [
    ({"topic": "nope"}, "unknown topic 'nope'"),
    ({"difficulty": "easy"}, "difficulty must be one of"),
    ({"slug": "first-question"}, "a question with slug 'first-question' exists"),
    ({"slug": "Bad Slug"}, "is not a slug"),
    ({"title": "Short"}, "the title must be"),
])
def test_refuses_what_would_clash_or_break(docs, kwargs, message):
    args = {"title": "A brand new question about quokkas?", "topic": "alpha",
            "difficulty": "beginner", **kwargs}
    with pytest.raises(ScaffoldError, match=message):
        new_question(docs, args.pop("title"), args.pop("topic"), args.pop("difficulty"), **args)


def test_refuses_a_title_that_differs_only_in_case(docs):
    existing = load_catalog(docs).by_slug["first-question"].title
    with pytest.raises(ScaffoldError, match="a question with this title exists"):
        new_question(docs, existing.upper(), "beta", "beginner", slug="another-slug")

import pytest

from scripts.qbank import limits
from scripts.qbank.catalog import load_catalog
from scripts.qbank.problems import ContentError


def lengthen(docs, slug, words):
    page = next(docs.rglob(f"{slug}.md"))
    text = page.read_text()
    marker = '??? answer "Short answer"\n'
    head, rest = text.split(marker, 1)
    page.write_text(head + marker + "    " + " ".join(["word"] * words) + "\n" + rest)


def test_a_short_answer_over_the_limit_fails_the_check(docs):
    lengthen(docs, "first-question", limits.SHORT_ANSWER_MAX_WORDS + 5)
    with pytest.raises(ContentError, match=r"first-question.md: body: short answer: \d+ words; "
                                            r"at most 75"):
        load_catalog(docs)


def test_a_listed_page_that_got_short_must_leave_the_list(docs, monkeypatch):
    monkeypatch.setattr(limits, "LONGER_SHORT_ANSWERS", frozenset({"first-question"}))
    with pytest.raises(ContentError, match="within the limit now: remove 'first-question'"):
        load_catalog(docs)


def test_a_listed_page_may_stay_long_until_it_is_shortened(docs, monkeypatch):
    monkeypatch.setattr(limits, "LONGER_SHORT_ANSWERS", frozenset({"first-question"}))
    lengthen(docs, "first-question", 90)
    assert "first-question" in load_catalog(docs).by_slug

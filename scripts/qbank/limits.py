"""Length limits a page is held to: the short answer is what a candidate says in 30 seconds.

A short answer over SHORT_ANSWER_MAX_WORDS words is a content error. LONGER_SHORT_ANSWERS lists
pages exempted from the limit (none since issue 13); it may only shrink: a page on it whose answer
is short enough is reported too, so the entry is removed and the limit holds for it from then on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .plaintext import to_text
from .problems import Problem

if TYPE_CHECKING:
    from .catalog import Question

SHORT_ANSWER_MAX_WORDS = 75

# Kept, empty, so an exemption can only come from a visible, reviewed change here.
LONGER_SHORT_ANSWERS: frozenset[str] = frozenset()


def short_answer_words(q: Question) -> int:
    """Return the number of words of the short answer as read aloud (maths as its text)."""
    return len(to_text(q.short_answer).split())


def check_short_answers(questions: list[Question]) -> list[Problem]:
    """Return a problem for each short answer over the limit, and for each stale exemption."""
    problems = []
    for q in questions:
        words = short_answer_words(q)
        if words > SHORT_ANSWER_MAX_WORDS and q.slug not in LONGER_SHORT_ANSWERS:
            problems.append(Problem(q.path, "body: short answer",
                                    f"{words} words; at most {SHORT_ANSWER_MAX_WORDS} (about 30 "
                                    "seconds aloud): keep the mechanism, move detail to the explanation"))
        elif words <= SHORT_ANSWER_MAX_WORDS and q.slug in LONGER_SHORT_ANSWERS:
            problems.append(Problem(q.path, "body: short answer",
                                    f"{words} words, within the limit now: remove '{q.slug}' from "
                                    "LONGER_SHORT_ANSWERS in scripts/qbank/limits.py"))
    return problems

"""Related questions for a page: explicit ones first, then by shared keywords and tags."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalog import Catalog, Question

LIMIT = 5
MINIMUM = 3
_STOP = {"the", "and", "for", "with", "what", "how", "why", "does", "are", "its", "from",
         "into", "that", "this", "when", "which", "you", "your", "use", "vs", "between",
         "difference", "deep", "learning", "neural", "network", "networks", "work"}


def _terms(q: Question) -> set[str]:
    return {t.lower() for t in (*q.keywords, *q.tags, *q.aliases)}


def _tokens(q: Question) -> set[str]:
    words = re.findall(r"[a-z0-9]+", " ".join((*_terms(q), q.title)).lower())
    return {w for w in words if len(w) > 2 and w not in _STOP}


def _features(q: Question) -> tuple[frozenset, frozenset]:
    """Return (terms, tokens) of a question, computed once per question object."""
    cached = q.__dict__.get("_related_features")
    if cached is None:
        cached = (frozenset(_terms(q)), frozenset(_tokens(q)))
        q.__dict__["_related_features"] = cached
    return cached


def score(a: Question, b: Question) -> int:
    """Return how related ``b`` is to ``a``: shared terms weigh most, then shared words."""
    (terms_a, tokens_a), (terms_b, tokens_b) = _features(a), _features(b)
    return (4 * len(terms_a & terms_b) + len(tokens_a & tokens_b)
            + (2 if a.topic == b.topic else 0))


def related_questions(q: Question, catalog: Catalog, limit: int = LIMIT,
                      minimum: int = MINIMUM) -> list[Question]:
    """Return up to ``limit`` questions related to ``q``, never ``q`` itself.

    Explicit ``related`` slugs come first in the order given; then others by score, ties
    broken by topic order and position so the result is the same on every build. Questions
    that share nothing are only used to reach ``minimum``.
    """
    chosen = [catalog.by_slug[s] for s in dict.fromkeys(q.related)
              if s in catalog.by_slug and s != q.slug][:limit]
    taken = {q.slug, *(c.slug for c in chosen)}
    position = {t.id: t.position for t in catalog.topics}
    scored = [(score(q, o), o) for o in catalog.questions if o.slug not in taken]
    scored.sort(key=lambda pair: (-pair[0], position[pair[1].topic], pair[1].sort_key))
    for points, other in scored:
        if len(chosen) >= limit:
            break
        if points > 2 or len(chosen) < minimum:
            chosen.append(other)
    return chosen

"""The blocks added around every question page: a header line and the related/pager footer."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .. import layout, navigation, related, urls
from .blocks import badge, link, progress_mark

if TYPE_CHECKING:
    from ..catalog import Catalog, Question


# Question pages rank above the topic lists and the guide that repeat them; among questions,
# definitions (beginner) come before the narrower pages that mention the same term.
SEARCH_BOOST = {"beginner": 3.0, "intermediate": 2.0, "advanced": 1.5}


def header(q: Question, catalog: Catalog) -> str:
    """Return the lines shown under the title: topic link, difficulty badge, other names."""
    topic = catalog.topic_by_id[q.topic]
    to_topic = urls.relative(q.src_uri, layout.topic_page(q.topic))
    line = (f'[{topic.name}]({to_topic}){{ .dl-topic }} {badge(q.difficulty)} '
            f'{progress_mark(q.slug, question_page=True)}')
    if q.aliases:
        names = escape(", ".join(q.aliases))
        line += f'\n\n<p class="dl-aka">Also called: {names}</p>'
    return line + "\n\n"


def search_terms(q: Question) -> list[str]:
    """Return the words search should match this page by: keywords and other names."""
    return list(dict.fromkeys([*q.aliases, *q.keywords]))


def search_meta(q: Question) -> dict:
    """Return the page's Material search settings (front matter ``search``)."""
    return {"boost": SEARCH_BOOST[q.difficulty]}


def footer(q: Question, catalog: Catalog) -> str:
    """Return the related questions and the previous/next links within the topic."""
    parts = []
    if q.reviewed:
        when = f"{q.reviewed.day} {q.reviewed:%B %Y}"
        parts += ["", f'<p class="dl-reviewed">Last reviewed on <time datetime="{q.reviewed.isoformat()}">'
                  f"{when}</time>: formulas re-derived, code re-run, sources checked.</p>"]
    parts += ["", "## Related questions", ""]
    parts += [f"- {link(r, q.src_uri)} {badge(r.difficulty)}"
              for r in related.related_questions(q, catalog)]
    prev, nxt = navigation.neighbours(q, catalog)
    topic = catalog.topic_by_id[q.topic]
    if prev or nxt:
        parts += ["", f'<nav class="dl-pager" aria-label="More questions in {topic.name}" '
                  'markdown="1">', ""]
        if prev:
            parts.append(link(prev, q.src_uri, f"← Previous: {prev.title}") + "{ .dl-prev }")
        if nxt:
            parts.append(link(nxt, q.src_uri, f"Next: {nxt.title} →") + "{ .dl-next }")
        parts += ["", "</nav>"]
    return "\n".join(parts) + "\n"

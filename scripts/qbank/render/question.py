"""The blocks added around every question page: a header line and the related/pager footer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import layout, navigation, related, urls
from .blocks import badge, link

if TYPE_CHECKING:
    from ..catalog import Catalog, Question


def header(q: Question, catalog: Catalog) -> str:
    """Return the line shown under the title: topic link and difficulty badge."""
    topic = catalog.topic_by_id[q.topic]
    to_topic = urls.relative(q.src_uri, layout.topic_page(q.topic))
    return f'[{topic.name}]({to_topic}){{ .dl-topic }} {badge(q.difficulty)}\n\n'


def footer(q: Question, catalog: Catalog) -> str:
    """Return the related questions and the previous/next links within the topic."""
    parts = ["", "## Related questions", ""]
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

"""Previous/next within a topic, and breadcrumbs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import layout

if TYPE_CHECKING:
    from .catalog import Catalog, Question


def neighbours(q: Question, catalog: Catalog) -> tuple[Question | None, Question | None]:
    """Return the questions before and after ``q`` in its topic (None at either end)."""
    siblings = catalog.by_topic[q.topic]
    i = siblings.index(q)
    return (siblings[i - 1] if i > 0 else None,
            siblings[i + 1] if i + 1 < len(siblings) else None)


def breadcrumbs(q: Question | None, catalog: Catalog,
                topic_id: str | None = None) -> list[tuple[str, str]]:
    """Return the trail (name, source path) from the home page down to a question or topic."""
    trail = [("Home", layout.HOME), ("Topics", layout.TOPIC_INDEX)]
    topic_id = q.topic if q else topic_id
    if topic_id:
        trail.append((catalog.topic_by_id[topic_id].name, layout.topic_page(topic_id)))
    if q:
        trail.append((q.title, q.src_uri))
    return trail

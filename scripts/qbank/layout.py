"""Where the generated pages live (docs-relative source paths); the one place that says so."""

from __future__ import annotations

from .schema import DIFFICULTIES

HOME = "index.md"
TOPIC_INDEX = "questions/index.md"
ROBOTS = "robots.txt"
EXPLORER = "explore.md"
DECK_JSON = "questions.json"
DECK_TSV = "downloads/deep-learning-interview-deck.tsv"


def topic_page(topic_id: str) -> str:
    """Return the source path of a topic's generated page."""
    return f"questions/{topic_id}/index.md"


def difficulty_page(level: str) -> str:
    """Return the source path of a difficulty level's generated list."""
    return f"difficulty/{level}.md"


def generated_pages(topic_ids: list[str]) -> set[str]:
    """Return the source paths of every generated Markdown page."""
    return ({TOPIC_INDEX, EXPLORER} | {topic_page(t) for t in topic_ids}
            | {difficulty_page(d) for d in DIFFICULTIES})

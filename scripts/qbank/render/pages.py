"""The generated pages: one per topic, the topic index and the per-difficulty lists."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

from .. import layout, urls
from ..schema import DIFFICULTIES
from .blocks import badge, front_matter, link, progress_mark, question_card

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..topics import Topic


def _mix(counts: Counter) -> str:
    return ", ".join(f"{counts[d]} {d}" for d in DIFFICULTIES if counts[d])


def topic_page(topic: Topic, catalog: Catalog) -> str:
    """Return the Markdown of a topic page: intro, then every question with its answer."""
    uri = layout.topic_page(topic.id)
    questions = catalog.by_topic[topic.id]
    counts = Counter(q.difficulty for q in questions)
    parts = [
        front_matter(topic.name, topic.description),
        topic.intro, "",
        f'<p class="dl-summary">{len(questions)} question{"s" * (len(questions) != 1)} '
        f"({_mix(counts)}), in a suggested study order. Answer each aloud, then open "
        "the short answer to check yourself.</p>",
        "",
    ]
    parts += [question_card(q, uri) for q in questions]
    return "\n".join(parts)


def topic_index(catalog: Catalog) -> str:
    """Return the Markdown of the topic index: counts and difficulty mix, then every question."""
    uri = layout.TOPIC_INDEX
    topics = catalog.active_topics
    total = len(catalog.questions)
    parts = [
        front_matter("All topics",
                     f"All {total} deep learning interview questions on this site, grouped "
                     f"into {len(topics)} topics, with their difficulty."),
        f"{total} questions in {len(topics)} topics. Each topic page lists its questions in a "
        "suggested study order with collapsible short answers.",
        "",
        "| Topic | Questions | Beginner | Intermediate | Advanced |",
        "|---|--:|--:|--:|--:|",
    ]
    for t in topics:
        counts = Counter(q.difficulty for q in catalog.by_topic[t.id])
        page = urls.relative(uri, layout.topic_page(t.id))
        parts.append(f"| [{t.name}]({page}) | {sum(counts.values())} | "
                     + " | ".join(str(counts[d]) for d in DIFFICULTIES) + " |")
    parts += ["", '<button type="button" class="md-button" data-dl-reset hidden>'
              "Reset my progress</button>", ""]
    for t in topics:
        slugs = " ".join(q.slug for q in catalog.by_topic[t.id])
        parts += [f"## [{t.name}]({urls.relative(uri, layout.topic_page(t.id))})", "",
                  t.description, "",
                  f'<p class="dl-topic-progress" data-dl-topic-progress="{slugs}"></p>', ""]
        parts += [f"- {link(q, uri)} {badge(q.difficulty)} {progress_mark(q.slug)}"
                  for q in catalog.by_topic[t.id]]
        parts.append("")
    return "\n".join(parts)


DIFFICULTY_INTRO = {
    "beginner": "Definitions and mechanisms every candidate must know, fresher level.",
    "intermediate": "Mechanisms with their maths and trade-offs: what a practitioner uses daily.",
    "advanced": "Derivations, failure analysis, systems at scale and recent methods: what a "
                "senior or research interview probes.",
}


def difficulty_page(level: str, catalog: Catalog) -> str:
    """Return the Markdown listing every question of one difficulty, grouped by topic."""
    uri = layout.difficulty_page(level)
    chosen = [q for q in catalog.ordered() if q.difficulty == level]
    parts = [
        front_matter(f"{level.capitalize()} questions",
                     f"All {len(chosen)} {level} deep learning interview questions, grouped "
                     "by topic, with links to full answers."),
        f"{DIFFICULTY_INTRO[level]} {len(chosen)} question{'s' * (len(chosen) != 1)}.",
        "",
    ]
    for t in catalog.active_topics:
        mine = [q for q in chosen if q.topic == t.id]
        if mine:
            parts += [f"## {t.name}", ""]
            parts += [f"- {link(q, uri)}" for q in mine]
            parts.append("")
    if not chosen:
        parts.append("No question has this difficulty yet.")
    return "\n".join(parts)


def explorer_page(catalog: Catalog) -> str:
    """Return the question explorer: every question as a plain list (it works without
    JavaScript); docs/assets/javascripts/explorer.js adds the filters from the data-* values."""
    uri = layout.EXPLORER
    total = len(catalog.questions)
    parts = [
        front_matter("Question explorer",
                     f"Browse and filter all {total} deep learning interview questions by "
                     "topic, difficulty, tag and text."),
        f"All {total} questions. Filter by topic, difficulty or tag, or type to narrow the list. "
        "The whole deck is also available as [JSON](questions.json) and as an "
        "[Anki-importable file](downloads/deep-learning-interview-deck.tsv) "
        "(File → Import in Anki).",
        "",
        '<div class="dl-explorer" data-dl-explorer>',
        '<ul class="dl-explorer__list">',
    ]
    for q in catalog.ordered():
        topic = catalog.topic_by_id[q.topic]
        words = " ".join([q.title, *q.keywords, *q.aliases, *q.tags, topic.name]).lower()
        parts.append(
            f'<li data-topic="{escape(q.topic)}" data-difficulty="{q.difficulty}" '
            f'data-tags="{escape("|".join(q.tags))}" data-text="{escape(words)}">'
            f'<a href="{urls.relative_url(uri, q.src_uri)}">{escape(q.title)}</a> '
            f'<span class="dl-explorer__topic">{escape(topic.name)}</span> {badge(q.difficulty)} '
            f'{progress_mark(q.slug)}</li>')
    parts += ["</ul>", "</div>", ""]
    return "\n".join(parts)

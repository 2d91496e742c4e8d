"""The question deck: every question with its short answer, as JSON (for practice mode and
the explorer) and as an Anki-importable TSV file.

Short answers are rendered from their Markdown with the site's own Markdown extensions (maths
stays as ``\\(...\\)`` TeX, which both the site's KaTeX and Anki's MathJax understand); links
to other pages become site-relative URLs (JSON) or absolute URLs (TSV).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Callable

from . import seo, urls

if TYPE_CHECKING:
    from .catalog import Catalog

_HREF = re.compile(r'href="([^":#]+\.md)(#[^"]*)?"')
Render = Callable[[str], str]  # Markdown -> HTML with the site's extensions


def answers_html(catalog: Catalog, render: Render, base: str = "") -> dict[str, str]:
    """Return each question's short answer as HTML, by source path.

    Links to other pages point to ``base`` + the page's site-relative URL: ``base`` is ""
    for the JSON (the browser resolves against the site root) and site_url for the TSV.
    """
    out = {}
    for q in catalog.questions:
        html = render(q.short_answer)
        out[q.src_uri] = _HREF.sub(
            lambda m, q=q: f'href="{base}{urls.page_url(urls.resolve(q.src_uri, m.group(1)))}'
                           f'{m.group(2) or ""}"', html)
    return out


def entries(catalog: Catalog, answers: dict[str, str]) -> list[dict]:
    """Return one record per question, in site order: what practice mode and the explorer read.

    ``url`` and links inside ``answer_html`` are relative to the site root.
    """
    return [{
        "slug": q.slug,
        "title": q.title,
        "topic": q.topic,
        "difficulty": q.difficulty,
        "keywords": q.keywords,
        "aliases": q.aliases,
        "tags": q.tags,
        "url": urls.page_url(q.src_uri),
        "answer_html": answers.get(q.src_uri, ""),
    } for q in catalog.ordered()]


def to_json(catalog: Catalog, answers: dict[str, str]) -> str:
    """Return the deck as JSON: topics (id, name, in order) and questions."""
    data = {
        "topics": [{"id": t.id, "name": t.name} for t in catalog.active_topics],
        "difficulties": ["beginner", "intermediate", "advanced"],
        "questions": entries(catalog, answers),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _cell(text: str) -> str:
    """Return text safe for one TSV cell: no tabs or line breaks."""
    return " ".join(text.replace("\t", " ").split())


def to_tsv(catalog: Catalog, answers: dict[str, str], site_url: str) -> str:
    """Return an Anki-importable TSV: front, back (HTML with a link), tags.

    Anki reads the ``#separator`` and ``#html`` header lines; tags are topic, difficulty and
    the page's tags, space-separated (Anki's tag syntax).
    """
    lines = ["#separator:tab", "#html:true", "#tags column:3"]
    for q in catalog.ordered():
        url = seo.absolute(site_url, q.src_uri)
        back = answers.get(q.src_uri, "") + f' <p><a href="{url}">Full answer</a></p>'
        tags = ["dl-interview", q.topic, q.difficulty, *(t.replace(" ", "-") for t in q.tags)]
        lines.append("\t".join([_cell(q.title), _cell(back), " ".join(tags)]))
    return "\n".join(lines) + "\n"

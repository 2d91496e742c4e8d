"""Small Markdown building blocks shared by every generated page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import urls

if TYPE_CHECKING:
    from ..catalog import Question


def indent(markdown: str, spaces: int = 4) -> str:
    """Return ``markdown`` with every non-blank line indented (for admonition bodies)."""
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else "" for line in markdown.split("\n"))


def badge(difficulty: str) -> str:
    """Return the inline HTML badge of a difficulty level."""
    return (f'<span class="dl-badge dl-badge--{difficulty}" title="Difficulty">'
            f"{difficulty.capitalize()}</span>")


def progress_mark(slug: str, question_page: bool = False) -> str:
    """Return the empty mark that study.js fills with the reader's progress on a question."""
    extra = f' data-dl-question="{slug}"' if question_page else ""
    return f'<span class="dl-progress" data-dl-progress="{slug}"{extra}></span>'


def answer_block(markdown: str, title: str = "Short answer") -> str:
    """Return a collapsed answer block (pymdownx.details) holding ``markdown``."""
    return f'??? answer "{title}"\n{indent(markdown)}\n'


def link(q: Question, from_uri: str, text: str | None = None) -> str:
    """Return a Markdown link from page ``from_uri`` to question ``q``."""
    return f"[{text or q.title}]({urls.relative(from_uri, q.src_uri)})"


def question_card(q: Question, from_uri: str, heading: str = "##",
                  number: int | None = None) -> str:
    """Return a question as a heading, its badge, its collapsed short answer and a link."""
    prefix = f"{number}. " if number is not None else ""
    answer = urls.rebase_links(q.short_answer, q.src_uri, from_uri)
    return "\n".join([
        f"{heading} {prefix}{link(q, from_uri)}",
        "",
        f"{badge(q.difficulty)} {progress_mark(q.slug)}",
        "",
        answer_block(answer),
        f"{link(q, from_uri, 'Full answer: explanation, maths, code and follow-ups')}"
        "{ .dl-more }",
        "",
    ])


def front_matter(title: str, description: str) -> str:
    """Return the front matter of a generated page (values are validated: no quotes)."""
    return f'---\ntitle: "{title}"\ndescription: "{description}"\n---\n\n'

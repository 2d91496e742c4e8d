"""Variables and macros for hand-written pages (mkdocs-macros-plugin), fed by the catalog.

A page opts in with ``render_macros: true`` in its front matter. Available:

- ``question_count``, ``topic_count``: numbers on the site now.
- ``q("slug")``: a link to a question with its current title (an unknown slug fails the build).
- ``question_card("slug", number=None)``: heading, badge, collapsed short answer and a link.
- ``topic_list()``: every topic with its description and question count.
- ``outline("guide/page.md")``: links to the ``##`` sections of another hand-written page.
- ``contributors_list(repo_url)``: the people in the git history, most commits first.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from . import layout, urls
from .catalog import Catalog, load_catalog_cached
from .contributors import contributors
from .problems import ContentError
from .render.blocks import badge, link, question_card as _card
from .schema import DIFFICULTIES


class MacroError(ValueError):
    """Raised for a macro used with an argument that does not exist."""


def define(env: Any, catalog: Catalog, docs_dir: Path) -> None:
    """Register the variables and macros on a mkdocs-macros ``env``."""
    counts = Counter(q.difficulty for q in catalog.questions)
    env.variables["question_count"] = len(catalog.questions)
    env.variables["topic_count"] = len(catalog.active_topics)
    env.variables["difficulty_counts"] = {d: counts[d] for d in DIFFICULTIES}

    def here() -> str:
        return env.page.file.src_uri

    def question(slug: str):
        if slug not in catalog.by_slug:
            raise MacroError(f"{here()}: no question has the slug {slug!r}")
        return catalog.by_slug[slug]

    @env.macro
    def q(slug: str, text: str | None = None) -> str:
        return link(question(slug), here(), text)

    @env.macro
    def question_card(slug: str, number: int | None = None) -> str:
        return _card(question(slug), here(), number=number)

    @env.macro
    def topic_list() -> str:
        lines = []
        for t in catalog.active_topics:
            n = len(catalog.by_topic[t.id])
            target = urls.relative(here(), layout.topic_page(t.id))
            lines.append(f"- [{t.name}]({target}): {t.description} "
                         f"({n} question{'s' * (n != 1)})")
        return "\n".join(lines)

    @env.macro
    def difficulty_links() -> str:
        return " · ".join(
            f"[{badge(d)} {counts[d]}]({urls.relative(here(), layout.difficulty_page(d))})"
            for d in DIFFICULTIES)

    @env.macro
    def outline(src_uri: str) -> str:
        path = docs_dir / src_uri
        if not path.is_file():
            raise MacroError(f"{here()}: outline({src_uri!r}): no such page in docs/")
        target = urls.relative(here(), src_uri)
        headings = re.findall(r"^## +(.+?) *$", path.read_text(encoding="utf-8"), re.M)
        return "\n".join(f"- [{h}]({target}#{slugify(h, '-')})" for h in headings)


    @env.macro
    def contributors_list(repo_url: str) -> str:
        people, complete = contributors(docs_dir.parent)
        graph = f"{repo_url.rstrip('/')}/graphs/contributors"
        if not people:
            return f"The list of contributors is on [GitHub]({graph})."
        names = ", ".join(escape(name) for name, _ in people)
        note = "" if complete else (f" (from the part of the history this copy has; the full "
                                    f"list is on [GitHub]({graph}))")
        return f"{names}{note}."


def define_env(env: Any) -> None:
    """Entry point called by mkdocs-macros-plugin; a content error stops the build cleanly."""
    from mkdocs.exceptions import PluginError

    docs_dir = Path(env.conf["docs_dir"])
    try:
        catalog = load_catalog_cached(docs_dir)
    except ContentError as exc:
        raise PluginError(exc.report()) from None
    define(env, catalog, docs_dir)

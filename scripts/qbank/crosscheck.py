"""Checks that span files: duplicate slugs and titles, related slugs, internal links."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from . import urls
from .problems import Problem

if TYPE_CHECKING:
    from .catalog import Question


def check(questions: list[Question], links: dict[str, list[tuple[int, str]]],
          existing: set[str], slugs_on_disk: set[str]) -> list[Problem]:
    """Return the problems that only show when all question pages are read together.

    ``slugs_on_disk`` holds the slug of every question file, valid or not, so that one
    broken page is reported once and not again by every page that names it.
    """
    problems: list[Problem] = []
    by_slug: dict[str, list[Question]] = defaultdict(list)
    by_title: dict[str, list[Question]] = defaultdict(list)
    for q in questions:
        by_slug[q.slug].append(q)
        by_title[" ".join(q.title.lower().split())].append(q)
    for slug, group in by_slug.items():
        if len(group) > 1:
            others = ", ".join(q.path for q in group)
            for q in group:
                problems.append(Problem(q.path, "file name", f"duplicate slug '{slug}' "
                                        f"(used by {others}); slugs must be unique"))
    for group in by_title.values():
        if len(group) > 1:
            others = ", ".join(q.path for q in group)
            for q in group:
                problems.append(Problem(q.path, "front matter: 'title'",
                                        f"duplicate title (also in {others}); rephrase one"))
    for q in questions:
        for slug in q.related:
            if slug == q.slug:
                problems.append(Problem(q.path, "front matter: 'related'",
                                        f"lists the page itself ('{slug}')"))
            elif slug not in slugs_on_disk:
                problems.append(Problem(q.path, "front matter: 'related'",
                                        f"no question has the slug '{slug}'"))
        for line, target in links.get(q.src_uri, []):
            resolved = urls.resolve(q.src_uri, target)
            if resolved not in existing:
                problems.append(Problem(q.path, f"body (line {line})",
                                        f"link to '{target}' points to no page "
                                        f"(resolved to docs/{resolved}); check the path"))
    return problems

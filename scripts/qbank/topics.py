"""The topic registry: docs/questions/topics.yml, the one place a topic is named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import Problem

REGISTRY = "questions/topics.yml"  # relative to docs_dir
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_UNSAFE = re.compile(r'["<>]')


@dataclass(frozen=True)
class Topic:
    """A topic: its id (also its folder), display name, description and intro Markdown."""

    id: str
    name: str
    description: str
    intro: str
    position: int  # order on the site, from the registry's order


def load_topics(docs_dir: Path, rel_root: Path) -> tuple[list[Topic], list[Problem]]:
    """Return the topics in registry order, and any problems with the registry."""
    path = docs_dir / REGISTRY
    shown = _shown(path, rel_root)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], [Problem(shown, "file", "missing: the topic registry must exist")]
    except yaml.YAMLError as exc:
        return [], [Problem(shown, "YAML", f"malformed: {exc}".splitlines()[0])]
    if not isinstance(data, list):
        return [], [Problem(shown, "YAML", "must be a list of topics (- id: ...)")]
    topics: list[Topic] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, item in enumerate(data):
        where = f"topic #{i + 1}"
        if not isinstance(item, dict):
            problems.append(Problem(shown, where, "must be a mapping with id, name, description"))
            continue
        unknown = set(item) - {"id", "name", "description", "intro"}
        if unknown:
            problems.append(Problem(shown, where, f"unknown field(s) {sorted(unknown)}; "
                                    "allowed: id, name, description, intro"))
        tid = item.get("id")
        if not isinstance(tid, str) or not _ID.match(tid):
            problems.append(Problem(shown, f"{where}: 'id'", "must be lower-case words joined "
                                    "by hyphens, e.g. 'case-studies'"))
            continue
        where = f"topic '{tid}'"
        if tid in seen:
            problems.append(Problem(shown, f"{where}: 'id'", "duplicate topic id"))
            continue
        seen.add(tid)
        fields = {}
        for field, limit in (("name", 60), ("description", 160)):
            value = item.get(field)
            if not isinstance(value, str) or not value.strip():
                problems.append(Problem(shown, f"{where}: '{field}'", "required text is missing"))
            elif len(value) > limit or _UNSAFE.search(value):
                problems.append(Problem(shown, f"{where}: '{field}'",
                                        f'must be at most {limit} characters without " < >'))
            fields[field] = (value or "").strip() if isinstance(value, str) else ""
        intro = item.get("intro", "")
        if not isinstance(intro, str):
            problems.append(Problem(shown, f"{where}: 'intro'", "must be Markdown text"))
            intro = ""
        topics.append(Topic(tid, fields["name"], fields["description"], intro.strip(), i))
    return topics, problems


def _shown(path: Path, rel_root: Path) -> str:
    try:
        return path.relative_to(rel_root).as_posix()
    except ValueError:
        return path.as_posix()

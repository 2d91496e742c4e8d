"""The front-matter schema of a question page, and the check of one page against it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .problems import Problem

DIFFICULTIES = ("beginner", "intermediate", "advanced")
REQUIRED = ("title", "description", "topic", "difficulty", "keywords")
OPTIONAL = ("aliases", "tags", "related", "order", "reviewed")
TITLE_LEN = (10, 150)
DESCRIPTION_LEN = (50, 160)
MIN_KEYWORDS = 3
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_UNSAFE = re.compile(r'["<>]')


def check_front_matter(path: str, meta: dict[str, Any], topic_ids: list[str],
                       folder: str) -> list[Problem]:
    """Return every way ``meta`` breaks the schema (empty when it is valid)."""
    problems: list[Problem] = []

    def bad(field: str, message: str) -> None:
        problems.append(Problem(path, f"front matter: '{field}'", message))

    for field in sorted(set(meta) - set(REQUIRED) - set(OPTIONAL)):
        close = [f for f in (*REQUIRED, *OPTIONAL) if _similar(field, f)]
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        bad(field, f"unknown field{hint}; allowed: {', '.join((*REQUIRED, *OPTIONAL))}")
    for field in REQUIRED:
        if meta.get(field) in (None, "", []):
            bad(field, "required field is missing or empty")

    for field, (lo, hi) in (("title", TITLE_LEN), ("description", DESCRIPTION_LEN)):
        value = meta.get(field)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            bad(field, f"must be text, not {type(value).__name__}")
            continue
        if not lo <= len(value.strip()) <= hi:
            bad(field, f"must be {lo}-{hi} characters long (it is {len(value.strip())})")
        if _UNSAFE.search(value):
            bad(field, 'must not contain the characters " < > (they break HTML attributes); '
                "use ' or words instead")
        if "\n" in value.strip():
            bad(field, "must be a single line")

    topic = meta.get("topic")
    if topic not in (None, ""):
        if topic not in topic_ids:
            bad("topic", f"unknown topic {topic!r}; must be one of: {', '.join(topic_ids)} "
                "(docs/questions/topics.yml)")
        elif topic != folder:
            bad("topic", f"is {topic!r} but the file is in docs/questions/{folder}/; "
                f"move the file to docs/questions/{topic}/ or change the topic")

    difficulty = meta.get("difficulty")
    if difficulty not in (None, "") and difficulty not in DIFFICULTIES:
        bad("difficulty", f"must be one of {', '.join(DIFFICULTIES)} (got {difficulty!r})")

    for field in ("keywords", "aliases", "tags", "related"):
        value = meta.get(field)
        if value in (None, "", []):
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            bad(field, "must be a list of non-empty strings, e.g. [dropout, regularization]")
            continue
        if any(_UNSAFE.search(v) for v in value):
            bad(field, 'entries must not contain the characters " < >')
        lowered = [v.strip().lower() for v in value]
        repeated = sorted({v for v in lowered if lowered.count(v) > 1})
        if repeated:
            bad(field, f"has duplicate entries (case-insensitive): {', '.join(repeated)}")
        if field == "keywords" and len(value) < MIN_KEYWORDS:
            bad(field, f"needs at least {MIN_KEYWORDS} keywords (got {len(value)})")
        if field == "related":
            for slug in value:
                if not SLUG.match(slug):
                    bad(field, f"{slug!r} is not a slug (lower-case words joined by hyphens)")

    reviewed = meta.get("reviewed")
    if reviewed is not None and reviewed_date(reviewed) is None:
        bad("reviewed", f"must be the date of the last full review as YYYY-MM-DD, e.g. 2026-12-03 "
            f"(got {reviewed!r})")

    order = meta.get("order")
    if order is not None and (not isinstance(order, int) or isinstance(order, bool)):
        bad("order", f"must be a whole number (got {order!r})")
    return problems


def reviewed_date(value: Any) -> dt.date | None:
    """Return the date a ``reviewed`` value stands for (YAML reads 2026-12-03 as a date), or None."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _similar(a: str, b: str) -> bool:
    """Return True when two field names differ by at most two edits (a typo)."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2

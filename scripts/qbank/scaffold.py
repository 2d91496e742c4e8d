"""A new question page from a title, a topic and a difficulty: ``python -m scripts.qbank new``.

The file it writes passes ``make check`` and builds, so a contributor starts from a page that
works and replaces the placeholder text; the short answer, the explanation and the follow-ups
are left for them to write.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .catalog import load_catalog
from .schema import _UNSAFE, DIFFICULTIES, SLUG, TITLE_LEN

_STOP = {"what", "which", "when", "does", "would", "should", "there", "their", "about", "with", "from",
         "that", "this", "into", "your", "make", "work", "works", "used", "using"}

_TEMPLATE = '''---
title: {title}
description: {description}
topic: {topic}
difficulty: {difficulty}
keywords: [{keywords}]
aliases: []
tags: []
related: []
---

??? answer "Short answer"
    One to three sentences, at most 75 words, that a candidate can say aloud in 30 seconds.
    State the mechanism, not only its name.

## Explanation

Intuition first, then the mechanism step by step. Define every symbol the first time it appears.

## The maths

$$
y = f(x)
$$

## Code

```python
print("replace with a short example that runs on a CPU")  # prints: replace with a short example that runs on a CPU
```

## Trade-offs

When to use it and when not, as a table when you compare options.

## Common mistakes

The traps an interviewer listens for.

## Follow-up questions

??? question "The question an interviewer asks next?"
    A complete answer of a short paragraph.

??? question "A second follow-up question?"
    A complete answer of a short paragraph.
'''


def slugify(title: str) -> str:
    """Return the file name (without .md) a title gives: lower-case ASCII words and hyphens."""
    text = re.sub(r"[^\w\s]", " ", title)  # punctuation and symbols (x, x) separate words
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:80].strip("-")


class ScaffoldError(ValueError):
    """The page cannot be created; the message says why and what to do."""


def new_question(docs_dir: Path, title: str, topic: str, difficulty: str,
                 slug: str | None = None) -> Path:
    """Write a skeleton question page and return its path; refuse anything that would clash."""
    title = " ".join(title.split())
    if not TITLE_LEN[0] <= len(title) <= TITLE_LEN[1] or _UNSAFE.search(title):
        raise ScaffoldError(f"the title must be {TITLE_LEN[0]}-{TITLE_LEN[1]} characters "
                            'without ", < or >')
    if difficulty not in DIFFICULTIES:
        raise ScaffoldError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
    catalog = load_catalog(docs_dir)  # the content must be valid before we add to it
    if topic not in {t.id for t in catalog.topics}:
        raise ScaffoldError(f"unknown topic '{topic}'; one of: "
                            + ", ".join(t.id for t in catalog.topics))
    slug = slug or slugify(title)
    if not SLUG.match(slug):
        raise ScaffoldError(f"'{slug}' is not a slug: use lower-case words joined by hyphens")
    if slug in catalog.by_slug:
        raise ScaffoldError(f"a question with slug '{slug}' exists: "
                            f"{catalog.by_slug[slug].path}; choose another with --slug")
    same = [q for q in catalog.questions if q.title.casefold() == title.casefold()]
    if same:
        raise ScaffoldError(f"a question with this title exists: {same[0].path}")
    path = Path(docs_dir) / "questions" / topic / f"{slug}.md"
    if path.exists():
        raise ScaffoldError(f"{path} exists")
    words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if len(w) > 3 and w not in _STOP][:3]
    keywords = list(dict.fromkeys(words + [topic, "interview question"]))[:5]
    description = f"{title} What an interviewer expects: the mechanism, the maths and the traps."
    if len(description) > 160:
        description = description[:157].rstrip() + "..."
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_TEMPLATE.format(title=_yaml_text(title), description=_yaml_text(description),
                                     topic=topic, difficulty=difficulty,
                                     keywords=", ".join(_yaml_text(k) for k in keywords)),
                    encoding="utf-8")
    return path


def _yaml_text(text: str) -> str:
    """Return text as a YAML scalar: single-quoted, which needs no escape but doubled quotes."""
    return "'" + text.replace("'", "''") + "'"

"""Loads every question page under docs/questions/ into a validated Catalog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import body as body_mod
from . import crosscheck, frontmatter, layout, limits, schema
from .problems import ContentError, Problem
from .topics import Topic, load_topics

QUESTIONS_DIR = "questions"
RESERVED = {"index.md"}  # generated topic pages live at questions/<topic>/index.md


@dataclass
class Question:
    """One question page: its front matter, where it lives, and the parts of its body."""

    slug: str
    topic: str
    title: str
    description: str
    difficulty: str
    keywords: list[str]
    src_uri: str  # relative to docs_dir, e.g. questions/cnn/pooling.md
    path: str  # relative to the project root, for messages
    aliases: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    order: int | None = None
    reviewed: dt.date | None = None  # the last full review (formulas, code, citations)
    short_answer: str = ""
    followups: list[tuple[str, str]] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple:
        """Return the key that orders questions within their topic."""
        return (self.order is None, self.order or 0, self.title.lower(), self.slug)


@dataclass
class Catalog:
    """All topics and questions, validated, with the lookups the generators need."""

    topics: list[Topic]
    questions: list[Question]

    def __post_init__(self) -> None:
        self.by_slug = {q.slug: q for q in self.questions}
        self.by_uri = {q.src_uri: q for q in self.questions}
        self.topic_by_id = {t.id: t for t in self.topics}
        self.by_topic: dict[str, list[Question]] = {t.id: [] for t in self.topics}
        for q in sorted(self.questions, key=lambda q: q.sort_key):
            self.by_topic[q.topic].append(q)

    @property
    def active_topics(self) -> list[Topic]:
        """Return the topics that have at least one question, in registry order."""
        return [t for t in self.topics if self.by_topic[t.id]]

    def ordered(self) -> list[Question]:
        """Return every question, by topic order and then by position in the topic."""
        return [q for t in self.topics for q in self.by_topic[t.id]]


def _read_question(md: Path, docs_dir: Path, root: Path, topic_ids: list[str]
                   ) -> tuple[Question | None, list[tuple[int, str]], list[Problem]]:
    """Return (the question or None, its links to other pages, its problems)."""
    rel = md.relative_to(docs_dir).as_posix()
    shown = _shown(md, root)
    try:
        text = md.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [], [Problem(shown, "file", "is not UTF-8 text")]
    meta, body_text, problems = frontmatter.parse(shown, text)
    _, _, body_line = frontmatter.split(text)
    folder = rel.split("/")[1]
    if meta is not None:
        problems += schema.check_front_matter(shown, meta, topic_ids, folder)
    parsed, body_problems = body_mod.parse_body(shown, body_text, body_line)
    problems += body_problems
    slug = md.stem
    if not schema.SLUG.match(slug):
        problems.append(Problem(shown, "file name", "must be a slug: lower-case letters, "
                                "digits and hyphens, e.g. batch-norm.md"))
    links = body_mod.internal_md_links(parsed.links)
    if meta is None or problems:
        return None, links, problems
    return Question(
        slug=slug, topic=meta["topic"], title=meta["title"].strip(),
        description=meta["description"].strip(), difficulty=meta["difficulty"],
        keywords=[k.strip() for k in meta["keywords"]], src_uri=rel, path=shown,
        aliases=[a.strip() for a in meta.get("aliases") or []],
        tags=[t.strip() for t in meta.get("tags") or []],
        related=list(meta.get("related") or []), order=meta.get("order"),
        reviewed=schema.reviewed_date(meta["reviewed"]) if "reviewed" in meta else None,
        short_answer=parsed.short_answer, followups=parsed.followups,
    ), links, []


def load_catalog(docs_dir: Path | str, root: Path | str | None = None) -> Catalog:
    """Return the validated catalog, or raise ContentError listing every problem.

    ``root`` is what file names in messages are relative to (the project root by default,
    the parent of docs_dir).
    """
    docs_dir = Path(docs_dir).resolve()
    root = Path(root).resolve() if root else docs_dir.parent
    topics, problems = load_topics(docs_dir, root)
    topic_ids = [t.id for t in topics]
    questions: list[Question] = []
    links: dict[str, list[tuple[int, str]]] = {}
    qdir = docs_dir / QUESTIONS_DIR
    for md in sorted(qdir.rglob("*.md")) if qdir.is_dir() else []:
        rel = md.relative_to(docs_dir).as_posix()
        parts = rel.split("/")
        if len(parts) != 3:
            problems.append(Problem(_shown(md, root), "location", "question files must be "
                                    "docs/questions/<topic>/<slug>.md"))
            continue
        if parts[2] in RESERVED:
            problems.append(Problem(_shown(md, root), "file name", f"'{parts[2]}' is reserved "
                                    "for the generated topic page; rename the file"))
            continue
        question, found_links, found = _read_question(md, docs_dir, root, topic_ids)
        problems += found
        if question:
            questions.append(question)
            links[question.src_uri] = found_links

    existing = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")}
    existing |= layout.generated_pages(topic_ids)
    slugs_on_disk = {p.stem for p in qdir.rglob("*.md")} if qdir.is_dir() else set()
    problems += crosscheck.check(questions, links, existing, slugs_on_disk)
    problems += limits.check_short_answers(questions)
    if problems:
        raise ContentError(problems)
    return Catalog(topics, questions)


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


_CACHE: dict[str, tuple[tuple, Catalog]] = {}


def _signature(docs_dir: Path) -> tuple:
    qdir = docs_dir / QUESTIONS_DIR
    return tuple(sorted((p.as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in qdir.rglob("*") if p.is_file()))


def load_catalog_cached(docs_dir: Path | str) -> Catalog:
    """Return ``load_catalog(docs_dir)``, reused while no file under questions/ changed.

    The MkDocs hook and the macros plugin both need the catalog on every build; this reads
    the files once per change instead of once per caller.
    """
    docs_dir = Path(docs_dir).resolve()
    sig = _signature(docs_dir)
    hit = _CACHE.get(str(docs_dir))
    if hit and hit[0] == sig:
        return hit[1]
    catalog = load_catalog(docs_dir)
    _CACHE[str(docs_dir)] = (sig, catalog)
    return catalog

"""Validate the content without building: ``python -m scripts.qbank check [DOCS_DIR]``.

``--format github`` prints each problem as a GitHub Actions annotation as well, so a pull
request shows it on the file and line (the workflow uses it; see annotations.py).

``python -m scripts.qbank new --topic cnn --difficulty beginner "What is ...?"`` writes a
skeleton question page that passes the check (see scaffold.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .annotations import github_annotation
from .catalog import load_catalog
from .problems import ContentError
from .scaffold import ScaffoldError, new_question


def main(argv: list[str] | None = None) -> int:
    """Return 0 when every question page is valid, 1 (after listing the problems) if not."""
    parser = argparse.ArgumentParser(prog="python -m scripts.qbank")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate every question page and the topic registry")
    check.add_argument("docs_dir", nargs="?", default="docs")
    check.add_argument("--format", choices=("text", "github"), default="text",
                       help="github: also print each problem as a GitHub Actions annotation")
    new = sub.add_parser("new", help="create a skeleton question page that passes the check")
    new.add_argument("title", help='the question as an interviewer asks it, in quotes')
    new.add_argument("--topic", required=True, help="a topic id from docs/questions/topics.yml")
    new.add_argument("--difficulty", required=True, help="beginner, intermediate or advanced")
    new.add_argument("--slug", help="the file name without .md (default: from the title)")
    new.add_argument("--docs-dir", default="docs")
    args = parser.parse_args(argv)
    if args.command == "new":
        try:
            path = new_question(Path(args.docs_dir), args.title, args.topic, args.difficulty,
                                args.slug)
        except (ScaffoldError, ContentError) as exc:
            print(f"cannot create the page: {exc}", file=sys.stderr)
            return 1
        print(f"created {path}: write its answer, then run make check and make serve")
        return 0
    try:
        catalog = load_catalog(Path(args.docs_dir))
    except ContentError as exc:
        print(exc.report(), file=sys.stderr)
        if args.format == "github":
            for problem in exc.problems:
                print(github_annotation(problem, Path(args.docs_dir).resolve().parent))
        return 1
    print(f"OK: {len(catalog.questions)} questions in {len(catalog.active_topics)} topics")
    return 0


if __name__ == "__main__":
    sys.exit(main())

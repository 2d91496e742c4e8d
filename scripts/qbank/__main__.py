"""Validate the content without building: ``python -m scripts.qbank check [DOCS_DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .catalog import load_catalog
from .problems import ContentError


def main(argv: list[str] | None = None) -> int:
    """Return 0 when every question page is valid, 1 (after listing the problems) if not."""
    parser = argparse.ArgumentParser(prog="python -m scripts.qbank")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate every question page and the topic registry")
    check.add_argument("docs_dir", nargs="?", default="docs")
    args = parser.parse_args(argv)
    try:
        catalog = load_catalog(Path(args.docs_dir))
    except ContentError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    print(f"OK: {len(catalog.questions)} questions in {len(catalog.active_topics)} topics")
    return 0


if __name__ == "__main__":
    sys.exit(main())

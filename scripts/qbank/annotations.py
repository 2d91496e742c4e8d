"""Content problems as GitHub Actions annotations, shown on the pull request at file and line.

``python -m scripts.qbank check --format github`` prints one ``::error file=…,line=…::…`` line
per problem. A problem names its place in words ("body (line 12)", "front matter: 'title'");
this module turns that into a line number: the one written in it, else the line where the
front-matter field is set, else line 1.
"""

from __future__ import annotations

import re
from pathlib import Path

from .problems import Problem

_LINE = re.compile(r"\bline (\d+)\b")
_FIELD = re.compile(r"front matter: '([\w-]+)'")


def problem_line(problem: Problem, root: Path) -> int:
    """Return the 1-based line of the file that a problem is about."""
    if m := _LINE.search(problem.where):
        return int(m.group(1))
    if m := _FIELD.search(problem.where):
        try:
            lines = (root / problem.path).read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            return 1
        field = re.compile(rf"^{re.escape(m.group(1))}\s*:")
        return next((i for i, line in enumerate(lines, 1) if field.match(line)), 1)
    return 1


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(problem: Problem, root: Path) -> str:
    """Return the workflow command that shows a problem as an error on its file and line."""
    return (f"::error file={_escape_property(problem.path)},line={problem_line(problem, root)},"
            f"title={_escape_property('content: ' + problem.where)}::"
            f"{_escape_data(problem.message)}")

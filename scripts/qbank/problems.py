"""The one error type content checks report with."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file: where, which part, and what to do about it."""

    path: str  # relative to the project root, e.g. docs/questions/cnn/pooling.md
    where: str  # "front matter: 'difficulty'", "body", "line 12", ...
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.message}"

    def sort_key(self) -> tuple:
        """Return a key that orders problems by file, then by place (line 9 before line 10)."""
        place = [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", self.where)]
        return (self.path, place, self.message)


class ContentError(Exception):
    """Raised with every problem found, so an author fixes them all in one go."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=Problem.sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        """Return one line per problem, preceded by a count."""
        n = len(self.problems)
        head = f"{n} content problem{'s' if n != 1 else ''} found:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])

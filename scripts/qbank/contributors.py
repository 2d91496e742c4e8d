"""The people who wrote the site, from git history, for the About page.

Read at build time with ``git shortlog``; nothing is stored. In a shallow clone (CI checks out
one commit) or outside git the list is partial or empty, and the About page says so and links
the repository's own contributors page instead: a build never fails for want of history.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def contributors(repo: Path) -> tuple[list[tuple[str, int]], bool]:
    """Return (name, commits) by commits then name, and whether the history is complete."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                              timeout=30, check=True).stdout

    try:
        shallow = git("rev-parse", "--is-shallow-repository").strip() == "true"
        lines = git("shortlog", "-sn", "--no-merges", "HEAD").splitlines()
    except (OSError, subprocess.SubprocessError):
        return [], False
    people = []
    for line in lines:
        count, _, name = line.strip().partition("\t")
        if name and count.isdigit():
            people.append((name.strip(), int(count)))
    return sorted(people, key=lambda p: (-p[1], p[0].lower())), not shallow

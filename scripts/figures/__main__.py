"""Render every figure into docs/assets/figures/: ``python -m scripts.figures [--check]``.

--check renders into memory and exits 1 if a committed figure differs or is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .registry import FIGURES
from .style import to_svg

OUT = Path(__file__).resolve().parent.parent.parent / "docs" / "assets" / "figures"


def render(name: str) -> str:
    """Return the SVG text of one figure."""
    draw, title = FIGURES[name]
    return to_svg(draw(), title)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    OUT.mkdir(parents=True, exist_ok=True)
    stale, total = [], 0
    for name in FIGURES:
        svg = render(name)
        path = OUT / f"{name}.svg"
        total += len(svg.encode())
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != svg:
                stale.append(path.name)
        else:
            path.write_text(svg, encoding="utf-8")
    print(f"{len(FIGURES)} figures, {total / 1024:.0f} KiB in all")
    if stale:
        print("out of date (run python -m scripts.figures):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

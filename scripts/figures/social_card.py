"""The social-card image (1200x630 PNG) that shared links show: ``python -m scripts.figures.social_card``.

Social sites do not render SVG, so this one image is a PNG. It is drawn from the site name in
mkdocs.yml (one source of truth) and written without timestamps, so the same code gives the
same bytes; a test compares the committed file with a fresh drawing.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import yaml

from scripts.qbank.seo import SOCIAL_CARD, SOCIAL_CARD_SIZE as SIZE

from .style import plt

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / SOCIAL_CARD


def site_name() -> str:
    """Return site_name from mkdocs.yml (the file has custom tags, so read just that line)."""
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_name:"):
            return yaml.safe_load(line)["site_name"]
    raise ValueError("mkdocs.yml has no site_name")


def render() -> bytes:
    """Return the PNG bytes of the card."""
    fig = plt.figure(figsize=(SIZE[0] / 100, SIZE[1] / 100), dpi=100)
    fig.patch.set_facecolor("#1a237e")  # Material's indigo, the site's primary colour
    words = site_name().split()
    first, second = " ".join(words[:3]), " ".join(words[3:])
    fig.text(0.07, 0.66, first, color="white", fontsize=50, fontweight="bold")
    fig.text(0.07, 0.50, second, color="white", fontsize=50, fontweight="bold")
    fig.text(0.07, 0.30, "A short answer to say aloud, the maths, runnable code,", color="#c5cae9",
             fontsize=26)
    fig.text(0.07, 0.22, "the traps and the follow-up questions.", color="#c5cae9", fontsize=26)
    fig.text(0.07, 0.08, "Attention · LLMs · CNNs · RNNs · optimization · losses · and more",
             color="#9fa8da", fontsize=20)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


def main() -> int:
    OUT.write_bytes(render())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared look of the figures and the deterministic SVG writer."""

from __future__ import annotations

import io
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

# Colour-blind-safe palette (Okabe-Ito); figures are inverted by CSS in dark mode.
COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

RC = {
    "svg.fonttype": "none",  # text stays text: smaller, selectable, uses the page's font
    "svg.hashsalt": "dl-interview-figures",  # fixed ids instead of random ones
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": matplotlib.cycler(color=COLORS),
    "lines.linewidth": 2,
    "figure.dpi": 100,
}


def figure(width: float = 6.4, height: float = 3.6, **kwargs):
    """Return (fig, axes) with the site style applied."""
    plt.rcParams.update(RC)
    return plt.subplots(figsize=(width, height), **kwargs)


def to_svg(fig, title: str) -> str:
    """Return the figure as SVG text with an accessible <title> and nothing that changes
    from one run to the next (no date metadata, fixed element ids)."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", transparent=True,
                metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buffer.getvalue()
    svg = re.sub(r"<\?xml[^>]*>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    svg = re.sub(r"(<svg\b[^>]*>)", lambda m: m.group(1).replace(
        "<svg ", '<svg role="img" aria-labelledby="title" ', 1)
        + f'\n <title id="title">{escaped}</title>', svg, count=1)
    # drop the <metadata> block (it carries the matplotlib version)
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)
    return svg.rstrip() + "\n"

"""Renders the maths of a built page to HTML at build time, with the self-hosted KaTeX.

pymdownx.arithmatex (generic mode) leaves ``<span class="arithmatex">\\(...\\)</span>`` and
``<div class="arithmatex">\\[...\\]</div>`` in the HTML. Rendering them here, once, means the
reader's phone downloads no KaTeX script and spends no time typesetting; a TeX error stops
the build with the page and the formula. Needs ``node``; without it, the page keeps the
arithmatex markup and docs/assets/javascripts/math.js renders it in the browser instead.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "katex_render.js"
MATH = re.compile(
    r'<(span|div) class="arithmatex">(\\\(|\\\[)(.*?)(\\\)|\\\])</\1>', re.S)


class MathError(ValueError):
    """Raised when KaTeX cannot typeset a formula."""


class KatexRenderer:
    """A node process running KaTeX, started on first use and reused for every page."""

    def __init__(self, katex_js: Path):
        self.katex_js = Path(katex_js)
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        """Return True when node is installed, so maths can be rendered at build time."""
        return shutil.which("node") is not None

    def _start(self) -> subprocess.Popen:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(
                ["node", str(SCRIPT), str(self.katex_js)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1)
        return self.proc

    def render_many(self, items: list[tuple[str, bool]]) -> list[dict]:
        """Return KaTeX's answer ({html} or {error}) for each (tex, display) pair."""
        proc = self._start()
        assert proc.stdin and proc.stdout
        proc.stdin.write(json.dumps([{"tex": t, "display": d} for t, d in items]) + "\n")
        proc.stdin.flush()
        return json.loads(proc.stdout.readline())

    def close(self) -> None:
        """Stop the node process."""
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
            self.proc = None

    def render_page(self, page_html: str, where: str) -> str:
        """Return ``page_html`` with every arithmatex formula typeset.

        Raises MathError naming ``where`` (the page) and the formula when TeX is invalid.
        """
        found = list(MATH.finditer(page_html))
        if not found:
            return page_html
        items = [(html.unescape(m.group(3)).strip(), m.group(1) == "div") for m in found]
        results = self.render_many(items)
        errors = [f"{where}: maths: {r['error']} in ${tex}$"
                  for (tex, _), r in zip(items, results) if "error" in r]
        if errors:
            raise MathError("\n".join(errors))
        out, last = [], 0
        for m, r in zip(found, results):
            out.append(page_html[last:m.start()])
            out.append(f'<{m.group(1)} class="arithmatex" data-katex>{r["html"]}</{m.group(1)}>')
            last = m.end()
        out.append(page_html[last:])
        return "".join(out)

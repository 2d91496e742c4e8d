"""Copy KaTeX from the npm package into docs/assets/vendor/katex/ (run by hand on an upgrade).

The site must not load anything from another host, so KaTeX is self-hosted. Only what the
browser uses is kept: the minified script, the stylesheet and the
WOFF2 fonts (every browser that runs KaTeX reads WOFF2; the WOFF/TTF fallbacks are dropped
from the stylesheet so it never asks for a file that is not there).

Usage: python scripts/vendor_katex.py 0.19.1
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

DEST = Path(__file__).resolve().parent.parent / "docs" / "assets" / "vendor" / "katex"
KEEP = ["katex.min.js", "katex.min.css", "LICENSE"]


def woff2_only(css: str) -> str:
    """Return the stylesheet with every @font-face src reduced to its WOFF2 source."""
    return re.sub(r'(url\(fonts/[^)]+\.woff2\) format\("woff2"\)),url\([^;}]*', r"\1", css)


def main(version: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"katex@{version}", "-q"], cwd=tmp, check=True)
        with tarfile.open(next(Path(tmp).glob("katex-*.tgz"))) as tar:
            tar.extractall(tmp, filter="data")
        pkg = Path(tmp) / "package"
        if DEST.exists():
            shutil.rmtree(DEST)
        (DEST / "fonts").mkdir(parents=True)
        for name in KEEP:
            src = pkg / name if name == "LICENSE" else pkg / "dist" / name
            shutil.copy(src, DEST / name)
        for font in (pkg / "dist" / "fonts").glob("*.woff2"):
            shutil.copy(font, DEST / "fonts" / font.name)
        css = DEST / "katex.min.css"
        css.write_text(woff2_only(css.read_text(encoding="utf-8")), encoding="utf-8")
        (DEST / "VERSION").write_text(version + "\n", encoding="utf-8")
    print(f"KaTeX {version} copied to {DEST}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "0.19.1")

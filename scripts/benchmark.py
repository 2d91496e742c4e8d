"""Prints build-time and size figures for the site (a benchmark, not a test).

Usage: python scripts/benchmark.py [--pages N]
  --pages N  also builds a copy with N synthetic question pages added, to see how the build
             scales (the target: 1,000 questions build in well under a minute).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("mkdocs.yml", "docs", "overrides", "scripts")

SYNTHETIC = """---
title: Synthetic benchmark question number {i}?
description: A generated page used only to measure how the build scales with many questions.
topic: {topic}
difficulty: {level}
keywords: [benchmark, synthetic, scale{i}]
---

??? answer "Short answer"
    Answer {i} with maths $a_{{{i}}}^2$.

## Explanation

{para}

## Follow-up questions

??? question "First?"
    Yes.

??? question "Second?"
    Yes.
"""


def build(project: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                    str(project / "mkdocs.yml"), "-d", str(site)], check=True,
                   capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def report(label: str, site: Path, seconds: float) -> None:
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    size = sum(p.stat().st_size for p in files)
    html_size = sum(p.stat().st_size for p in html)
    biggest = max(html, key=lambda p: p.stat().st_size)
    print(f"{label}: build {seconds:.2f} s, {len(html)} HTML pages, site {size / 1e6:.1f} MB "
          f"(HTML {html_size / 1e6:.1f} MB, mean page {html_size / len(html) / 1e3:.0f} kB, "
          f"largest {biggest.relative_to(site)} {biggest.stat().st_size / 1e3:.0f} kB), "
          f"search index {(site / 'search/search_index.json').stat().st_size / 1e3:.0f} kB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        report("site as is", site, build(ROOT, site))
        if args.pages:
            project = Path(tmp) / "p"
            project.mkdir()
            for part in PARTS:
                src = ROOT / part
                (shutil.copytree if src.is_dir() else shutil.copy)(src, project / part)
            levels = ("beginner", "intermediate", "advanced")
            para = "Some explanation text for the benchmark page. " * 40
            # spread over every topic of the registry, as real content would be
            topics = [line.split(":", 1)[1].strip() for line in
                      (project / "docs/questions/topics.yml").read_text().splitlines()
                      if line.startswith("- id:")]
            for i in range(args.pages):
                topic = topics[i % len(topics)]
                (project / f"docs/questions/{topic}").mkdir(exist_ok=True)
                (project / f"docs/questions/{topic}/bench-{i}.md").write_text(
                    SYNTHETIC.format(i=i, level=levels[i % 3], para=para, topic=topic),
                    encoding="utf-8")
            big = Path(tmp) / "big"
            report(f"+{args.pages} synthetic questions", big, build(project, big))


if __name__ == "__main__":
    main()

"""Every fenced Python block in docs/ runs, and prints what the page says it prints.

Test ids are ``<page>-<block number>``, so ``pytest -k relu`` runs one page's blocks.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.qbank.codeblocks import extract, missing_output
from tests.conftest import CODE_STATS, ROOT

RUNNER = Path(__file__).with_name("page_runner.py")
PAGES = sorted((ROOT / "docs").rglob("*.md"))
BLOCKS = [(page, block) for page in PAGES for block in extract(page.read_text(encoding="utf-8"))]
STATS = CODE_STATS


def page_id(page: Path) -> str:
    return page.relative_to(ROOT / "docs").with_suffix("").as_posix().replace("questions/", "")


@functools.lru_cache(maxsize=4)
def run_page(page: Path) -> list[dict]:
    """Run every runnable block of a page in one interpreter; return one result per block."""
    blocks = [b for b in extract(page.read_text(encoding="utf-8")) if not b.norun]
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONHASHSEED": "0",
           "MPLBACKEND": "Agg", "CUDA_VISIBLE_DEVICES": ""}
    proc = subprocess.run([sys.executable, str(RUNNER)], input=json.dumps([b.code for b in blocks]),
                          capture_output=True, text=True, cwd=page.parent, env=env, timeout=300)
    assert proc.returncode == 0, f"runner crashed on {page}:\n{proc.stderr[-3000:]}"
    return dict(zip((b.number for b in blocks), json.loads(proc.stdout)))


# One xdist group per page: with `pytest -n 2 --dist loadgroup` a page's blocks stay in one
# worker, which runs the page once (run_page is cached) and keeps the blocks in order.
@pytest.mark.parametrize("page,block", [
    pytest.param(p, b, id=f"{page_id(p)}-{b.number}", marks=pytest.mark.xdist_group(page_id(p)))
    for p, b in BLOCKS])
def test_code_block(page, block):
    where = f"{page.relative_to(ROOT)}:{block.line} (block {block.number})"
    if block.norun:
        STATS["norun"].append(f"{where}: {block.norun}")
        return
    result = run_page(page)[block.number]
    assert result["error"] is None, f"{where} raised:\n{result['error']}"
    missing = missing_output(block.expected, result["stdout"])
    assert not missing, (f"{where}: the page says it prints lines that it does not print:\n"
                         + "\n".join(f"  expected: {m}" for m in missing)
                         + f"\nactual output:\n{result['stdout']}")
    STATS["ran"] += 1
    STATS["expected_lines"] += len(block.expected)

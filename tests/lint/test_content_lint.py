"""Spelling and Markdown style over the content, with settings tuned for this site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

BIN = Path(sys.executable).parent


def run(*args):
    return subprocess.run([str(BIN / args[0]), *args[1:]], cwd=ROOT, capture_output=True,
                          text=True)


def test_codespell_finds_no_typo():
    """Project words (DL terms, code names) live in .codespell-words.txt, config in .codespellrc."""
    result = run("codespell")
    assert result.returncode == 0, result.stdout + result.stderr


def test_codespell_would_catch_a_typo(tmp_path):
    page = tmp_path / "typo.md"
    typo = "reci" + "eved"  # spelled out in two halves so this file passes codespell itself
    page.write_text(f"The gradient is {typo} by the layer.\n")
    result = run("codespell", str(page))
    assert result.returncode != 0 and typo in result.stdout


def test_markdown_style():
    """pymarkdown with .pymarkdown.json: rules that misread Material syntax or KaTeX are off."""
    result = run("pymarkdown", "--config", ".pymarkdown.json", "scan", "-r", "docs", "README.md",
                 "CONTRIBUTING.md")
    assert result.returncode == 0, result.stdout + result.stderr

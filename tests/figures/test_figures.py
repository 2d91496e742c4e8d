"""Figures are generated from code: the committed SVGs must be exactly what the code draws."""

import re
from pathlib import Path

import pytest

from scripts.figures.__main__ import OUT, render
from scripts.figures.registry import FIGURES
from tests.conftest import ROOT


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_committed_figure_matches_the_code(name):
    committed = OUT / f"{name}.svg"
    assert committed.is_file(), f"{committed} missing: run python -m scripts.figures"
    assert committed.read_text(encoding="utf-8") == render(name), (
        f"{committed.name} is out of date: run python -m scripts.figures")


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figure_is_accessible_and_has_no_timestamp(name):
    svg = (OUT / f"{name}.svg").read_text(encoding="utf-8")
    title = re.search(r'<title id="title">([^<]+)</title>', svg)
    assert title and len(title.group(1)) > 20
    assert 'role="img"' in svg
    assert "<dc:date>" not in svg and "<metadata>" not in svg


def test_every_figure_is_used_on_a_page_with_a_caption():
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    used = set(re.findall(r"assets/figures/([\w-]+)\.svg", pages))
    blocks = re.findall(r'<figure class="dl-figure".*?</figure>', pages, re.S)
    assert all("<figcaption>" in b for b in blocks)
    assert len(used) >= 15
    assert used <= set(FIGURES)
    orphans = {p.stem for p in OUT.glob("*.svg")} - set(FIGURES)
    assert not orphans, f"figures no code draws: {orphans}"


def test_total_size_is_small():
    total = sum(p.stat().st_size for p in Path(OUT).glob("*.svg"))
    print(f"figures: {len(FIGURES)} files, {total / 1024:.0f} KiB")
    assert total < 1024 * 1024


def test_social_card_matches_the_code():
    from scripts.figures.social_card import OUT as CARD, SIZE, render

    data = CARD.read_bytes()
    assert data == render(), "docs/assets/social-card.png is out of date: " \
                             "run python -m scripts.figures.social_card"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == SIZE and len(data) < 300 * 1024

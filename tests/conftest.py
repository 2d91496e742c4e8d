"""Shared fixtures: the small fixture docs tree and a way to copy it and break it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DOCS = Path(__file__).resolve().parent / "fixtures" / "docs"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """Return a writable copy of the fixture docs tree (tmp/docs)."""
    target = tmp_path / "docs"
    shutil.copytree(FIXTURE_DOCS, target)
    return target


@pytest.fixture
def fixture_catalog():
    """Return the catalog of the fixture docs tree."""
    from scripts.qbank.catalog import load_catalog

    return load_catalog(FIXTURE_DOCS)

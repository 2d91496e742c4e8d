"""What a reader does: open an answer, search for a topic, read maths after navigating."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_answer_is_collapsed_then_opens_on_click(page, base_url):
    page.goto(base_url + "questions/regularization/dropout/")
    answer = page.locator("details.answer").first
    expect(answer).not_to_have_attribute("open", re.compile(".*"))
    body = answer.locator("p").first
    expect(body).to_be_hidden()
    answer.locator("summary").click()
    expect(answer).to_have_attribute("open", "")
    expect(body).to_be_visible()


def open_search(page):
    page.locator("label.md-header__button[for='__search']").click()
    box = page.locator("input.md-search__input")
    expect(box).to_be_visible()
    # wait for Material's search worker to finish indexing before typing
    expect(page.locator(".md-search-result__meta")).not_to_have_text(
        re.compile("Initializing search"), timeout=20000)
    return box


@pytest.mark.parametrize("query,expected", [
    ("dropout", "questions/regularization/dropout/"),
    ("pooling", "questions/cnn/pooling/"),
])
def test_search_finds_the_topic_page(page, base_url, query, expected):
    page.goto(base_url)
    box = open_search(page)
    box.press_sequentially(query, delay=30)  # Material searches on key events, not on fill()
    first = page.locator(".md-search-result__item a").first
    expect(first).to_be_visible(timeout=10000)
    hrefs = page.locator(".md-search-result__item > a").evaluate_all(
        "els => els.slice(0, 3).map(e => e.href)")
    assert any(expected in h for h in hrefs), hrefs


def test_maths_renders_after_instant_navigation(page, base_url):
    page.goto(base_url)
    page.wait_for_function("window.document$ !== undefined")
    page.evaluate("window.__sameDocument = true")  # survives only instant navigation
    page.locator("article a[href$='guide/complete-guide/']").first.click()
    page.wait_for_url(re.compile("complete-guide/$"))
    link = page.locator("article a[href*='activations/sigmoid/']").first
    link.click()
    page.wait_for_url(re.compile("activations/sigmoid/$"))
    rendered = page.locator(".arithmatex .katex").first
    expect(rendered).to_be_attached(timeout=10000)
    assert page.evaluate("document.querySelectorAll('.arithmatex:not([data-katex])').length") == 0
    assert page.evaluate("window.__sameDocument === true"), "expected instant navigation"

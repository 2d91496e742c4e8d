"""Study tools in a real browser: expand all, progress marks, practice mode, explorer,
search by abbreviation, print."""

from __future__ import annotations

import json
import re
import urllib.request
from collections import Counter

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_expand_and_collapse_all_on_a_topic_page(page, base_url):
    page.goto(base_url + "questions/cnn/")
    button = page.get_by_role("button", name="Expand all answers")
    expect(button).to_have_attribute("aria-expanded", "false")
    details = page.locator("article details")
    assert details.count() >= 2
    button.focus()
    page.keyboard.press("Enter")  # keyboard-usable
    expect(page.get_by_role("button", name="Collapse all answers")).to_have_attribute(
        "aria-expanded", "true")
    assert page.evaluate("[...document.querySelectorAll('article details')].every(d => d.open)")
    page.get_by_role("button", name="Collapse all answers").click()
    assert page.evaluate("[...document.querySelectorAll('article details')].every(d => !d.open)")


def test_marking_a_question_is_remembered_everywhere(page, base_url):
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(base_url + "questions/cnn/pooling/")
    page.locator("details.answer summary").click()
    knew = page.get_by_role("button", name="I knew it")
    knew.click()
    expect(knew).to_have_attribute("aria-pressed", "true")
    page.reload()
    page.locator("details.answer summary").click()
    expect(page.get_by_role("button", name="I knew it")).to_have_attribute("aria-pressed", "true")
    # instant navigation to the topic page: the mark is there
    page.locator("article a.dl-topic").click()
    page.wait_for_url(re.compile("questions/cnn/$"))
    expect(page.locator('[data-dl-progress="pooling"]')).to_have_text("Known")
    expect(page.locator('[data-dl-progress="what-is-cnn"]')).to_have_text("")
    page.goto(base_url + "questions/")
    expect(page.locator('[data-dl-topic-progress*="pooling"]')).to_have_text(
        re.compile(r"Your progress: 1 of \d+ known"))
    page.get_by_role("button", name="Reset my progress").click()
    expect(page.locator('[data-dl-topic-progress*="pooling"]')).to_have_text("")
    expect(page.locator('[data-dl-progress="pooling"]')).to_have_text("")


def known_deck(base_url: str) -> tuple[dict, str, list[str]]:
    """Return the site's deck cut down to known content, a topic id and its two titles.

    Practice mode's behaviour is tested on a deck whose content the test controls: one topic
    keeps exactly two questions, both beginner, so nothing depends on how many questions the
    real site has.
    """
    deck = json.loads(urllib.request.urlopen(base_url + "questions.json").read())
    counts = Counter(q["topic"] for q in deck["questions"])
    topic = next(t["id"] for t in deck["topics"] if counts[t["id"]] >= 2)
    kept = [q for q in deck["questions"] if q["topic"] == topic][:2]
    for q in kept:
        q["difficulty"] = "beginner"
    deck["questions"] = [q for q in deck["questions"] if q["topic"] != topic] + kept
    return deck, topic, [q["title"] for q in kept]


def test_practice_mode_deals_filters_and_repeats(page, base_url):
    deck, topic, titles = known_deck(base_url)
    page.route("**/questions.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(deck)))
    page.goto(base_url + "practice/")
    page.get_by_label("Topic").select_option(topic)
    page.get_by_label("Order").select_option("site")
    page.get_by_role("button", name="Start").click()
    card = page.locator(".dl-card")
    first = card.locator(".dl-card__question").inner_text()
    assert first in titles
    answer = card.locator(".dl-card__answer")
    expect(answer).to_be_hidden()
    reveal = page.get_by_role("button", name="Show answer")
    expect(reveal).to_have_attribute("aria-expanded", "false")
    marks = page.get_by_role("button", name="Review again")
    expect(marks).to_be_hidden()
    reveal.click()
    expect(answer).to_be_visible()
    expect(reveal).to_be_hidden()
    marks.click()
    expect(page.get_by_role("status").first).to_have_text(re.compile("Marked for review"))
    # the other question of the topic comes next, then the one to review comes back
    second = card.locator(".dl-card__question").inner_text()
    assert second != first and second in titles
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="I knew it").click()
    expect(card.locator(".dl-card__question")).to_have_text(first)
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="I knew it").click()
    expect(card.locator("h2")).to_have_text("Session complete")
    saved = page.evaluate("Object.keys(__md_get('dliq.progress'))")
    assert len(saved) == 2
    # a new session filtered to a level the topic has no question of says so
    page.reload()
    page.get_by_label("Topic").select_option(topic)
    page.get_by_label("Difficulty").select_option("advanced")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("status").first).to_have_text("No question matches these filters.")


def test_explorer_filters_and_works_without_javascript(page, browser, base_url):
    page.goto(base_url + "explore/")
    items = page.locator(".dl-explorer__list li")
    total = items.count()
    assert total >= 20
    page.get_by_label("Difficulty").select_option("advanced")
    visible = page.locator(".dl-explorer__list li:visible")
    assert 0 < visible.count() < total
    for badge in visible.locator(".dl-badge").all_inner_texts():
        assert badge == "Advanced"
    page.get_by_label("Difficulty").select_option("")
    page.get_by_label("Text", exact=True).fill("batch normalization")
    expect(page.locator(".dl-explorer__list li:visible a").first).to_have_text(
        re.compile("batch normalization", re.I))
    no_js = browser.new_context(java_script_enabled=False)
    plain = no_js.new_page()
    plain.goto(base_url + "explore/")
    assert plain.locator(".dl-explorer__list li").count() == total
    assert plain.locator(".dl-explorer__list li a").first.get_attribute("href").startswith("../")
    no_js.close()


def open_search(page):
    page.locator("label.md-header__button[for='__search']").click()
    expect(page.locator("input.md-search__input")).to_be_visible()
    expect(page.locator(".md-search-result__meta")).not_to_have_text(
        re.compile("Initializing search"), timeout=20000)


WHOLE_QUERY_RESULTS = """words => {
  const links = [...document.querySelectorAll('.md-search-result__item > a')].slice(0, 3);
  const seen = new Set();
  for (const a of links) {
    const h = (new URL(a.href).searchParams.get('h') || '').toLowerCase();
    for (const w of h.split(/\\s+/).filter(Boolean)) {
      if (!words.includes(w)) return false;
      seen.add(w);
    }
  }
  return links.length > 0 && seen.has(words[words.length - 1]);
}"""


@pytest.mark.parametrize("query,expected", [
    ("BN", "questions/regularization/batch-norm/"),
    ("vanishing gradient", "questions/optimization/vanishing-exploding-gradients/"),
    ("LSTM", "questions/rnn/lstm/"),
    ("ReLU", "questions/activations/relu/"),
    ("KV cache", "questions/llms/kv-cache/"),
    ("LoRA", "questions/llms/peft-lora/"),
    ("GQA", "questions/transformers/mqa-gqa/"),
    ("RoPE", "questions/transformers/rope-alibi-context-extension/"),
    ("FlashAttention", "questions/transformers/flash-attention/"),
    ("DPO", "questions/llms/rlhf-dpo/"),
    ("BPE", "questions/llms/tokenization/"),
    ("perplexity", "questions/llms/perplexity/"),
    ("speculative decoding", "questions/llms/speculative-decoding/"),
    ("mixture of experts", "questions/transformers/mixture-of-experts/"),
    ("receptive field", "questions/cnn/receptive-field/"),
    ("GRU", "questions/rnn/lstm-vs-gru/"),
    ("CTC", "questions/rnn/ctc-loss/"),
    ("NMS", "questions/cnn/object-detection/"),
    ("label smoothing", "questions/regularization/label-smoothing/"),
])
def test_search_by_abbreviation_finds_the_question_in_the_top_three(page, base_url, query, expected):
    page.goto(base_url)
    open_search(page)
    page.locator("input.md-search__input").press_sequentially(query, delay=30)
    # Wait for the results of the whole query, not of a prefix typed so far (a loaded machine
    # lags behind the keyboard). Material puts the words each result matched in its ?h=: the
    # results are final when no result matched a partial word and one matched the last word.
    page.wait_for_function(WHOLE_QUERY_RESULTS, arg=query.lower().split(), timeout=20000)
    top = page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.slice(0, 3).map(a => a.getAttribute('href'))")
    assert any(expected in href for href in top), top
    assert "/questions/" in top[0], "a question page should come first"


def test_print_opens_every_answer_and_hides_navigation(page, base_url):
    page.goto(base_url + "questions/cnn/")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("[...document.querySelectorAll('article details')].every(d => d.open)")
    page.emulate_media(media="print")
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".dl-toggle-all")).to_be_hidden()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("[...document.querySelectorAll('article details')].every(d => !d.open)")

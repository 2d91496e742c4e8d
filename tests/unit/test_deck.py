import json

import markdown

from scripts.qbank import deck

MD = markdown.Markdown(extensions=["pymdownx.arithmatex"], extension_configs={
    "pymdownx.arithmatex": {"generic": True}})


def render(text):
    MD.reset()
    return MD.convert(text)


def test_answers_are_html_with_site_relative_links_and_tex_kept(fixture_catalog):
    answers = deck.answers_html(fixture_catalog, render)
    first = answers["questions/alpha/first-question.md"]
    assert '<a href="questions/alpha/second-question/">the second</a>' in first
    assert '<span class="arithmatex">\\(a^2\\)</span>' in first
    absolute = deck.answers_html(fixture_catalog, render, base="https://e.org/s/")
    assert 'href="https://e.org/s/questions/alpha/second-question/"' in \
        absolute["questions/alpha/first-question.md"]


def test_json_lists_every_question_in_site_order(fixture_catalog):
    data = json.loads(deck.to_json(fixture_catalog, deck.answers_html(fixture_catalog, render)))
    assert [t["id"] for t in data["topics"]] == ["alpha", "beta"]
    assert [q["slug"] for q in data["questions"]] == [
        "first-question", "second-question", "fourth-question", "third-question"]
    first = data["questions"][0]
    assert first["url"] == "questions/alpha/first-question/"
    assert first["difficulty"] == "beginner" and first["aliases"] == ["FQ"]
    assert first["answer_html"].startswith("<p>The first answer")


def test_tsv_is_anki_importable(fixture_catalog):
    answers = deck.answers_html(fixture_catalog, render, base="https://e.org/s/")
    lines = deck.to_tsv(fixture_catalog, answers, "https://e.org/s/").splitlines()
    assert lines[:3] == ["#separator:tab", "#html:true", "#tags column:3"]
    rows = [line.split("\t") for line in lines[3:]]
    assert len(rows) == 4 and all(len(r) == 3 for r in rows)
    front, back, tags = rows[1]
    assert front == "What is the second fixture question?"
    assert back.endswith('<p><a href="https://e.org/s/questions/alpha/second-question/">'
                         "Full answer</a></p>")
    assert tags.split() == ["dl-interview", "alpha", "intermediate", "basics"]

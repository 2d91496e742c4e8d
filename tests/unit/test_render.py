from scripts.qbank.render import pages, question
from scripts.qbank.render.blocks import answer_block, badge, indent


def test_answer_block_is_collapsed_and_indented():
    assert answer_block("a\n\nb") == '??? answer "Short answer"\n    a\n\n    b\n'
    assert indent("x\n  y") == "    x\n      y"


def test_badge():
    assert badge("advanced") == ('<span class="dl-badge dl-badge--advanced" '
                                 'title="Difficulty">Advanced</span>')


def test_topic_page_lists_questions_in_order_with_answers(fixture_catalog):
    topic = fixture_catalog.topic_by_id["alpha"]
    md = pages.topic_page(topic, fixture_catalog)
    assert md.startswith('---\ntitle: "Alpha topic"\n')
    assert "Alpha intro text." in md
    first = md.index("## [What is the first fixture question?](first-question.md)")
    second = md.index("## [What is the second fixture question?](second-question.md)")
    assert first < second
    assert md.count('??? answer "Short answer"') == 2
    assert "2 questions (1 beginner, 1 intermediate)" in md
    # the short answer's link is relative to the question page and stays valid here
    assert "[the second](second-question.md)" in md


def test_topic_index_lists_every_question_and_counts(fixture_catalog):
    md = pages.topic_index(fixture_catalog)
    for q in fixture_catalog.questions:
        assert f"]({q.topic}/{q.slug}.md)" in md
    assert "| [Alpha topic](alpha/index.md) | 2 | 1 | 1 | 0 |" in md
    assert "Gamma" not in md  # a topic without questions is not listed


def test_difficulty_page(fixture_catalog):
    md = pages.difficulty_page("beginner", fixture_catalog)
    assert "first-question.md" in md and "fourth-question.md" in md
    assert "second-question.md" not in md


def test_question_header_and_footer(fixture_catalog):
    q = fixture_catalog.by_slug["second-question"]
    assert question.header(q, fixture_catalog).startswith("[Alpha topic](index.md){ .dl-topic }")
    footer = question.footer(q, fixture_catalog)
    assert "## Related questions" in footer
    assert "[What is the fourth fixture question?](../beta/fourth-question.md)" in footer
    assert "← Previous: What is the first fixture question?" in footer
    assert "Next:" not in footer


def test_footer_says_when_the_page_was_last_reviewed(fixture_catalog):
    reviewed = question.footer(fixture_catalog.by_slug["second-question"], fixture_catalog)
    assert ('Last reviewed on <time datetime="2026-11-28">28 November 2026</time>' in reviewed)
    never = question.footer(fixture_catalog.by_slug["first-question"], fixture_catalog)
    assert "Last reviewed" not in never

from types import SimpleNamespace

import pytest

from scripts.qbank import macros
from tests.conftest import FIXTURE_DOCS


class FakeEnv:
    """The part of mkdocs-macros' env that qbank.macros uses."""

    def __init__(self, page_uri):
        self.variables = {}
        self.macros = {}
        self.page = SimpleNamespace(file=SimpleNamespace(src_uri=page_uri))

    def macro(self, fn):
        self.macros[fn.__name__] = fn
        return fn


@pytest.fixture
def env(fixture_catalog):
    e = FakeEnv("guide/page.md")
    macros.define(e, fixture_catalog, FIXTURE_DOCS)
    return e


def test_variables(env):
    assert env.variables["question_count"] == 4 and env.variables["topic_count"] == 2


def test_q_links_with_current_title(env):
    assert env.macros["q"]("third-question") == \
        "[What is the third fixture question?](../questions/beta/third-question.md)"


def test_unknown_slug_fails(env):
    with pytest.raises(macros.MacroError, match="guide/page.md: no question has the slug 'x'"):
        env.macros["q"]("x")


def test_question_card_rebases_links(env):
    card = env.macros["question_card"]("first-question", 3)
    assert card.startswith("## 3. [What is the first fixture question?]")
    assert "[the second](../questions/alpha/second-question.md)" in card


def test_topic_list(env):
    assert env.macros["topic_list"]().splitlines()[1].startswith(
        "- [Beta & friends](../questions/beta/index.md)")

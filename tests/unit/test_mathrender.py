import os

import pytest

from scripts.qbank.mathrender import KatexRenderer, MathError
from tests.conftest import ROOT

if not KatexRenderer.available():
    if os.environ.get("CI"):
        pytest.fail("node is required to typeset maths at build time", pytrace=False)
    pytest.skip("node not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def katex():
    renderer = KatexRenderer(ROOT / "docs/assets/vendor/katex/katex.min.js")
    yield renderer
    renderer.close()


def test_inline_and_display_maths_are_typeset(katex):
    page = ('<p>a <span class="arithmatex">\\(x &lt; y^2\\)</span></p>'
            '<div class="arithmatex">\\[\\frac{1}{2}\\]</div>')
    out = katex.render_page(page, "docs/x.md")
    assert out.count("data-katex") == 2
    assert 'class="katex-display"' in out  # the div became display maths
    # the TeX source survives as the MathML annotation, escaped
    assert '<annotation encoding="application/x-tex">x &lt; y^2</annotation>' in out
    assert "\\(" not in out


def test_page_without_maths_is_unchanged(katex):
    assert katex.render_page("<p>no maths</p>", "docs/x.md") == "<p>no maths</p>"


def test_invalid_tex_names_the_page_and_formula(katex):
    with pytest.raises(MathError, match=r"docs/x\.md: maths: KaTeX parse error.*\\frac\{1\}"):
        katex.render_page('<span class="arithmatex">\\(\\frac{1}\\)</span>', "docs/x.md")

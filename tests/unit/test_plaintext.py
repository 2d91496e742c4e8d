from scripts.qbank.plaintext import to_text


def test_markdown_to_text():
    md = ("**ReLU** is `max(0, x)`; see [the page](relu.md).\n\n```python\ncode()\n```\n"
          "Maths $f(x) = x^2$ &amp; <em>more</em>.")
    assert to_text(md) == "ReLU is max(0, x); see the page. Maths f(x) = x^2 & more."


def test_tex_becomes_readable_text():
    assert to_text(r"It is $f(x)=\max(0,x)$ and $\sigma(x)(1-\sigma(x))$, $\mathrm{ReLU}$.") == \
        "It is f(x)=max(0,x) and σ(x)(1-σ(x)), ReLU."

from scripts.qbank.plaintext import to_text


def test_markdown_to_text():
    md = ("**ReLU** is `max(0, x)`; see [the page](relu.md).\n\n```python\ncode()\n```\n"
          "Maths $f(x) = x^2$ &amp; <em>more</em>.")
    assert to_text(md) == "ReLU is max(0, x); see the page. Maths f(x) = x^2 & more."

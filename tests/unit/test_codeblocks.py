from scripts.qbank.codeblocks import expected_output, extract, line_matches, missing_output

PAGE = '''---
title: t
---

Text.

=== "PyTorch"

    ```python
    x = 1
    print(x)  # prints: 1
    ```

<!-- norun: pseudo-code, train() is not defined -->
```python
train()
```

??? question "Follow-up?"
    ```python
    print(2)
    print(3)
    # prints:
    # 2
    # 3
    ```

```bash
echo not python
```
'''


def test_blocks_are_found_at_any_indentation_with_lines_and_markers():
    blocks = extract(PAGE)
    assert [b.number for b in blocks] == [1, 2, 3]
    assert [b.line for b in blocks] == [9, 15, 20]
    assert blocks[0].code == "x = 1\nprint(x)  # prints: 1"
    assert blocks[1].norun == "pseudo-code, train() is not defined"
    assert blocks[0].norun is None and blocks[2].norun is None
    assert blocks[2].expected == ["2", "3"]


def test_expected_output_forms():
    code = ("print(a)  # prints 0.5\nprint(b)  # -> (2, 3)\nprint(c)  # 4*(3+4) + 4; prints: 32\n"
            "print(d)  # a plain comment\n# prints: x\n    # prints y z\n# not prints\n"
            "for i in range(1):\n    print(i)  # prints: 0\n")
    assert expected_output(code) == ["0.5", "(2, 3)", "32", "x", "y z", "0"]


def test_missing_output_matches_in_order_ignoring_spacing():
    printed = "a  1\nnoise\nb 2\n"
    assert missing_output(["a 1", "b 2"], printed) == []
    assert missing_output(["b 2", "a 1"], printed) == ["a 1"]
    assert missing_output(["c"], printed) == ["c"]


def test_text_and_integers_are_exact():
    assert line_matches("n = 32 (conv1d)", "n  =  32 (conv1d)")
    assert not line_matches("n = 32", "n = 33")
    assert not line_matches("match: True", "match: False")
    assert not line_matches("conv1d 3", "conv2d 3")  # digits inside a name are text
    assert not line_matches("tensor([0., 0., 3.])", "tensor([0., 0., 2.])")


def test_decimals_match_to_one_unit_of_their_last_digit():
    assert line_matches("loss 0.0281", "loss 0.0282")
    assert line_matches("loss 0.0281", "loss 0.0280")
    assert not line_matches("loss 0.0281", "loss 0.0286")
    assert line_matches("err 1.7e-06", "err 1.8e-06")
    assert not line_matches("err 1.7e-06", "err 1.9e-06")
    assert line_matches("p 0.5", "p 0.5000")  # the same number written with more digits
    assert not line_matches("x: -1.5", "x: 1.5")


def test_a_tilde_marks_a_number_approximate_within_five_percent():
    assert line_matches("weights: [~46.8, 0.47]", "weights: [47.13, 0.47]")
    assert not line_matches("weights: [46.77, 0.47]", "weights: [47.13, 0.47]")
    assert line_matches("steps ~200", "steps 209")
    assert not line_matches("steps ~200", "steps 211")
    assert not line_matches("a ~0.031", "a 0.034")


def test_numbers_must_be_in_the_same_places():
    assert not line_matches("a 1 b", "a 1 b 2")
    assert not line_matches("a 1.0 b", "a b")

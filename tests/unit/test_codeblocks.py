from scripts.qbank.codeblocks import expected_output, extract, missing_output

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

"""The Python code blocks of a page, and the output each one says it prints.

Every fenced ``python`` block on the site is executed by the test suite (tests/code/). This
module only reads them: it finds blocks at any indentation (inside content tabs, admonitions
and follow-up answers), and collects the expected output written next to the code, in either
of the two forms the authoring guide allows:

    print(x)  # prints: 0.5           one line of output (also "# -> 0.5")
    print(n)  # 4*(3+4) + 4; prints: 32   a note first, then "; prints:"
    # prints: 32                      on its own line, after the print
    # prints:                         several lines, one comment line each
    # 0.5
    # 0.25

A block that must not run (pseudo-code, an error on purpose) is preceded by a marker that
says why:  ``<!-- norun: pseudo-code, names undefined functions -->``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?\.?(?P<lang>[\w+-]*)")
_NORUN = re.compile(r"^[ \t]*<!--[ \t]*norun:[ \t]*(?P<why>.*?)[ \t]*-->[ \t]*$")
_INLINE = re.compile(
    r"[ \t]*\S.*?#(?:[^#]*?[;,])?[ \t]*(?:prints:?|->)[ \t]+(?P<out>.+?)[ \t]*$")
_BLOCK_START = re.compile(r"^[ \t]*#[ \t]*prints:?[ \t]*$")
_OWN_LINE = re.compile(r"^[ \t]*#[ \t]*(?:prints:?|->)[ \t]+(?P<out>\S.*?)[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*#(?: (?P<text>.*)|$)")
PYTHON = {"python", "py", "python3"}


@dataclass
class CodeBlock:
    """One fenced Python block: where it is, its code, why not to run it, what it prints."""

    number: int  # 1-based among the page's Python blocks
    line: int  # 1-based line of the opening fence in the file
    code: str
    norun: str | None = None
    expected: list[str] = field(default_factory=list)


def expected_output(code: str) -> list[str]:
    """Return the output lines a block's comments say it prints, in order."""
    lines = code.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _BLOCK_START.match(lines[i]):
            i += 1
            while i < len(lines) and (m := _COMMENT.match(lines[i])):
                out.append(m.group("text") or "")
                i += 1
            continue
        own = _OWN_LINE.match(lines[i])
        m = _INLINE.match(lines[i])
        if own:  # "# prints: X" on its own line, after the print it describes
            out.append(own.group("out"))
        elif m and not lines[i].lstrip().startswith("#"):
            out.append(m.group("out"))
        i += 1
    while out and not out[-1].strip():
        out.pop()
    return out


def extract(markdown: str) -> list[CodeBlock]:
    """Return the page's Python code blocks in reading order."""
    lines = markdown.split("\n")
    blocks: list[CodeBlock] = []
    i = 0
    while i < len(lines):
        m = _OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, lang = m.group("indent"), m.group("fence"), m.group("lang").lower()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines):
            stripped = lines[i].strip()
            if stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                break
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
            i += 1
        i += 1
        if lang not in PYTHON:
            continue
        prev = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        norun = _NORUN.match(prev)
        code = "\n".join(body)
        blocks.append(CodeBlock(len(blocks) + 1, start + 1, code,
                                norun.group("why") if norun else None, expected_output(code)))
    return blocks


def normalise(line: str) -> str:
    """Return a line with runs of white space folded, for comparing printed output."""
    return " ".join(line.split())


# A number standing alone (not the tail of a name such as h2 or conv1d), with an optional "~"
# before it in an expected line marking it approximate.
_NUMBER = re.compile(
    r"(?<![\w.])(?P<approx>~)?(?P<num>[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?)(?![\w.])")
APPROX_RELATIVE = 0.05  # "~x" matches within 5% of x


@dataclass(frozen=True)
class _Number:
    value: float
    tolerance: float  # 0 for an exact value


def _parse_number(text: str, approx: bool) -> _Number:
    """Return a number with the tolerance its written form implies.

    Written without a fractional part or exponent ("32", "3."), it is exact. Written with
    decimals ("0.0281", "1.7e-06"), it matches within one unit of its last shown digit, which
    absorbs a rounding flip at the boundary and nothing more. With "~" it matches within
    APPROX_RELATIVE of its value (and never tighter than one unit of its last digit).
    """
    value = float(text)
    mantissa, _, exponent = text.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    if decimals == 0 and not exponent:
        unit = 0.0 if not approx else 1.0
    else:
        unit = 10.0 ** (int(exponent or 0) - decimals)
    tolerance = max(unit, APPROX_RELATIVE * abs(value)) if approx else unit
    return _Number(value, tolerance * (1 + 1e-9))


def _split(line: str, expected: bool) -> tuple[list[str], list[_Number]]:
    """Return a line's text between numbers and its numbers, each with its tolerance."""
    texts, numbers, pos = [], [], 0
    for m in _NUMBER.finditer(line):
        texts.append(line[pos:m.start()])
        approx = expected and m.group("approx") is not None
        if not expected and m.group("approx"):
            texts[-1] += "~"
        numbers.append(_parse_number(m.group("num"), approx))
        pos = m.end()
    texts.append(line[pos:])
    return texts, numbers


def line_matches(expected: str, printed: str) -> bool:
    """Return whether a printed line is what an expected line says, under the number rule.

    Text must be equal (runs of white space folded); an integer must be equal; a decimal may
    differ by one unit of its last shown digit; a number written "~x" may differ by 5%.
    """
    want_texts, want_numbers = _split(normalise(expected), expected=True)
    got_texts, got_numbers = _split(normalise(printed), expected=False)
    if want_texts != got_texts or len(want_numbers) != len(got_numbers):
        return False
    return all(abs(got.value - want.value) <= want.tolerance
               for want, got in zip(want_numbers, got_numbers))


def missing_output(expected: list[str], printed: str) -> list[str]:
    """Return the expected lines not found, in order, among the printed lines."""
    actual = printed.split("\n")
    pos, missing = 0, []
    for want in expected:
        hit = next((i for i in range(pos, len(actual)) if line_matches(want, actual[i])), None)
        if hit is None:
            missing.append(normalise(want))
        else:
            pos = hit + 1
    return missing

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


def missing_output(expected: list[str], printed: str) -> list[str]:
    """Return the expected lines not found, in order, among the printed lines."""
    actual = [normalise(x) for x in printed.split("\n")]
    pos, missing = 0, []
    for want in (normalise(x) for x in expected):
        try:
            pos = actual.index(want, pos) + 1
        except ValueError:
            missing.append(want)
    return missing

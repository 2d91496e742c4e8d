"""The shape of a question page's body: its short answer, follow-ups and links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .problems import Problem

ANSWER_OPEN = re.compile(r'^\?\?\?\+?[ \t]+answer(?:[ \t]+"([^"]*)")?[ \t]*$')
FOLLOWUP_OPEN = re.compile(r'^\?\?\?\+?[ \t]+question[ \t]+"([^"]+)"[ \t]*$')
FOLLOWUP_HEADING = re.compile(r"^##[ \t]+Follow-up questions[ \t]*$", re.IGNORECASE)
H2 = re.compile(r"^##[ \t]+\S")
H1 = re.compile(r"^#[ \t]+\S")
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
FOLLOWUPS = (2, 4)


@dataclass
class Body:
    """What the generator needs from a body: the short answer and follow-ups, as Markdown."""

    short_answer: str = ""
    followups: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[int, str]] = field(default_factory=list)  # (line number, target)


def _block(lines: list[str], start: int) -> tuple[str, int]:
    """Return (dedented content of the indented block after ``start``, index after it)."""
    out: list[str] = []
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if line.strip() and not (line.startswith("    ") or line.startswith("\t")):
            break
        out.append(line[4:] if line.startswith("    ") else line.lstrip("\t"))
        i += 1
    return "\n".join(out).strip("\n"), i


def code_mask(lines: list[str]) -> list[bool]:
    """Return, per line, whether it is inside (or is the fence of) a fenced code block."""
    mask, fence = [], None
    for line in lines:
        m = FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)[0] * 3
            mask.append(True)
        elif fence is not None:
            mask.append(True)
            if line.strip().startswith(fence) and line.strip().strip(fence[0]) == "":
                fence = None
        else:
            mask.append(False)
    return mask


def parse_body(path: str, body: str, first_line: int = 1) -> tuple[Body, list[Problem]]:
    """Return the parsed body of a question page and every way it breaks the page shape."""
    lines = body.split("\n")
    in_code = code_mask(lines)
    result, problems = Body(), []

    def bad(i: int | None, message: str) -> None:
        where = "body" if i is None else f"body (line {first_line + i})"
        problems.append(Problem(path, where, message))

    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not ANSWER_OPEN.match(lines[first]):
        bad(first, 'must start with the short answer block: ??? answer "Short answer" '
            "followed by 4-space indented text")
    else:
        result.short_answer, _ = _block(lines, first)
        if not result.short_answer.strip():
            bad(first, "the short answer block is empty; write 1-3 sentences indented by "
                "4 spaces under the ??? answer line")

    section = None
    for i, line in enumerate(lines):
        if in_code[i]:
            continue
        if H1.match(line):
            bad(i, "must not contain an H1 ('# ...'): the page title comes from 'title' in "
                "the front matter; use '## ...' for sections")
        if H2.match(line):
            section = "followups" if FOLLOWUP_HEADING.match(line) else "other"
        m = FOLLOWUP_OPEN.match(line)
        if m and section == "followups":
            answer, _ = _block(lines, i)
            result.followups.append((m.group(1).strip(), answer))
            if not answer.strip():
                bad(i, f"the follow-up {m.group(1)!r} has an empty answer; indent its "
                    "answer by 4 spaces under the ??? question line")
        for link in LINK.finditer(INLINE_CODE.sub("", line)):
            result.links.append((first_line + i, link.group(1)))

    lo, hi = FOLLOWUPS
    if not lo <= len(result.followups) <= hi:
        bad(None, f"needs a '## Follow-up questions' section with {lo} to {hi} "
            f'??? question "..." blocks (found {len(result.followups)})')
    return result, problems


def internal_md_links(links: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return the links that point to another Markdown page of this site (relative .md)."""
    out = []
    for line, target in links:
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith(("#", "/")):
            continue
        path = target.split("#", 1)[0]
        if path.endswith(".md"):
            out.append((line, target))
    return out

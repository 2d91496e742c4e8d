"""Markdown to plain text, for structured data and meta tags."""

from __future__ import annotations

import html
import re

_FENCED = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[ \t]*$", re.M | re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_CODE = re.compile(r"`+([^`]*)`+")
_TAG = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MATH = re.compile(r"\$\$?([^$]+)\$\$?")


def to_text(markdown: str) -> str:
    """Return ``markdown`` as one line of plain text (code blocks and images dropped)."""
    text = _FENCED.sub(" ", markdown)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _MATH.sub(lambda m: m.group(1).strip(), text)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(html.unescape(text).split())

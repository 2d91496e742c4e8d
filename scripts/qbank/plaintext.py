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
_TEX_SYMBOLS = {"sigma": "σ", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
                "epsilon": "ε", "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ",
                "nabla": "∇", "partial": "∂", "odot": "⊙", "cdot": "·", "times": "×",
                "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "approx": "≈", "to": "→",
                "infty": "∞", "sum": "Σ", "in": "∈", "ne": "≠", "neq": "≠", "pm": "±"}


def _tex(expr: str) -> str:
    """Return a TeX expression as readable text: sigma -> σ, max -> max, no braces."""
    expr = re.sub(r"\\(?:mathrm|text|operatorname|mathbf|boldsymbol)\{([^}]*)\}", r"\1", expr)
    expr = re.sub(r"\^\{([^{}]*)\}", r"^(\1)", expr)
    expr = re.sub(r"_\{([^{}]*)\}", r"_\1", expr)
    expr = re.sub(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", expr)
    expr = re.sub(r"\\([A-Za-z]+)", lambda m: _TEX_SYMBOLS.get(m.group(1), m.group(1)), expr)
    return expr.replace("{", "").replace("}", "").replace("\\", "").strip()


def to_text(markdown: str) -> str:
    """Return ``markdown`` as one line of plain text (code blocks and images dropped)."""
    text = _FENCED.sub(" ", markdown)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _MATH.sub(lambda m: _tex(m.group(1)), text)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(html.unescape(text).split())

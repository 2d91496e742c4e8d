"""Splits a Markdown file into its YAML front matter and body, strictly.

MkDocs silently ignores front matter it cannot parse; here every malformed block is a problem.
"""

from __future__ import annotations

import re

import yaml

from .problems import Problem

_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys instead of keeping the last one."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def split(text: str) -> tuple[str | None, str, int]:
    """Return (front matter text or None, body, line number where the body starts)."""
    if not text.startswith("---"):
        return None, text, 1
    first = text.split("\n", 1)
    if _FENCE.fullmatch(first[0]) is None or len(first) == 1:
        return None, text, 1
    rest = first[1]
    end = _FENCE.search(rest)
    if end is None:
        return "", "", 1  # an opening fence with no closing one
    meta = rest[: end.start()]
    body = rest[end.end():]
    if body.startswith("\n"):
        body = body[1:]
    body_line = 1 + 1 + meta.count("\n") + 1
    return meta, body, body_line


def parse(path: str, text: str) -> tuple[dict | None, str, list[Problem]]:
    """Return (front matter mapping or None, body, problems) for one Markdown file."""
    meta_text, body, _ = split(text)
    if meta_text is None:
        return None, body, [
            Problem(path, "front matter", "missing: the file must start with a '---' line, "
                    "the YAML fields, and a closing '---' line (see CONTRIBUTING.md)")
        ]
    if meta_text == "" and body == "":
        return None, body, [
            Problem(path, "front matter", "no closing '---' line after the YAML fields")
        ]
    try:
        meta = yaml.load(meta_text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 2}" if mark is not None else "YAML"
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, body, [
            Problem(path, f"front matter ({line})", f"malformed YAML: {reason}; "
                    "quote values that contain ': ' or start with a special character")
        ]
    if not isinstance(meta, dict):
        return None, body, [
            Problem(path, "front matter", "must be a mapping of 'field: value' lines, "
                    f"not {type(meta).__name__}")
        ]
    return meta, body, []

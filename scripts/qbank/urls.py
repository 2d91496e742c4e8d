"""Source paths, site URLs and relative links between pages."""

from __future__ import annotations

import posixpath
import re

# A Markdown link or image whose target is relative (no scheme, not an anchor, not absolute).
_REL_LINK = re.compile(r"(!?\[(?:[^\]\\]|\\.)*\]\()(\s*)([^)\s#][^)\s]*)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def resolve(src_uri: str, target: str) -> str:
    """Return the docs-relative path that a relative link in page ``src_uri`` points to."""
    path = target.split("#", 1)[0]
    return posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path))


def relative(from_uri: str, to_uri: str) -> str:
    """Return the relative Markdown link from page ``from_uri`` to file ``to_uri``."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def page_url(src_uri: str) -> str:
    """Return the site-relative URL MkDocs gives a page (use_directory_urls), e.g. a/b/."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def rebase_links(markdown: str, from_uri: str, to_uri: str) -> str:
    """Return ``markdown`` written for page ``from_uri`` with relative links fixed for ``to_uri``.

    Used when a question's short answer is shown on another page (topic pages, the guide).
    """
    if posixpath.dirname(from_uri) == posixpath.dirname(to_uri):
        return markdown

    def fix(m: re.Match) -> str:
        target = m.group(3)
        if _SCHEME.match(target) or target.startswith("/"):
            return m.group(0)
        path, sep, anchor = target.partition("#")
        new = relative(to_uri, resolve(from_uri, path)) if path else ""
        return f"{m.group(1)}{m.group(2)}{new}{sep}{anchor}"

    return _REL_LINK.sub(fix, markdown)


def relative_url(from_uri: str, to_uri: str) -> str:
    """Return the relative URL from page ``from_uri`` to page ``to_uri`` as built (for raw HTML)."""
    here = page_url(from_uri) or "."
    target = page_url(to_uri) or "."
    rel = posixpath.relpath(target, here)
    return "./" if rel == "." else rel + "/"

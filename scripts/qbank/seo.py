"""Per-page metadata: keywords, Open Graph, Twitter card and JSON-LD.

Everything here is data for ``overrides/main.html``, which only prints it. JSON-LD is returned
as text that is already safe inside ``<script>``: ``<``, ``>`` and ``&`` are escaped as
``\\u003c``-style sequences, so a title containing ``</script>`` cannot end the element.
"""

from __future__ import annotations

import json
from typing import Any

from . import urls


def script_safe_json(data: Any) -> str:
    """Return ``data`` as compact JSON that can be embedded verbatim in a <script> element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def absolute(site_url: str, src_uri: str) -> str:
    """Return the absolute URL of a page from its source path."""
    return site_url.rstrip("/") + "/" + urls.page_url(src_uri)


def breadcrumb_list(site_url: str, trail: list[tuple[str, str]]) -> dict:
    """Return a schema.org BreadcrumbList for a trail of (name, source path)."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": absolute(site_url, uri)}
            for i, (name, uri) in enumerate(trail, 1)
        ],
    }


def faq_page(question: str, answer_text: str, url: str) -> dict:
    """Return a schema.org FAQPage with one question and its short answer."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "url": url,
        "mainEntity": [{
            "@type": "Question",
            "name": question,
            "acceptedAnswer": {"@type": "Answer", "text": answer_text},
        }],
    }


def keywords(*groups: list[str]) -> str:
    """Return the meta keywords: every term once, first spelling kept, in order."""
    seen: dict[str, str] = {}
    for group in groups:
        for term in group:
            seen.setdefault(term.lower(), term)
    return ", ".join(seen.values())


SOCIAL_CARD = "assets/social-card.png"  # drawn by scripts/figures/social_card.py
SOCIAL_CARD_SIZE = (1200, 630)
SOCIAL_CARD_ALT = "Deep Learning Interview Questions and Answers: short answers, maths, code, follow-ups"


def social_image(site_url: str) -> dict:
    """Return the image shared links show (Open Graph, Twitter): the site's one social card."""
    return {"url": site_url.rstrip("/") + "/" + SOCIAL_CARD, "width": SOCIAL_CARD_SIZE[0],
            "height": SOCIAL_CARD_SIZE[1], "alt": SOCIAL_CARD_ALT}


def page_meta(*, title: str, description: str, url: str, site_name: str, kind: str,
              keyword_text: str = "", json_ld: list[dict] | None = None,
              image: dict | None = None) -> dict:
    """Return the metadata the template prints for one page."""
    return {
        "image": image,
        "title": title,
        "description": description,
        "url": url,
        "site_name": site_name,
        "og_type": kind,
        "keywords": keyword_text,
        "json_ld": [script_safe_json(block) for block in json_ld or []],
    }

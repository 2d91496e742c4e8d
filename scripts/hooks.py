"""MkDocs hooks: the thin adapter between MkDocs and the generator in scripts/qbank.

MkDocs hooks start here. Each hook hands the work to qbank and only moves data in and out:
- on_config: load and validate every question page (a content error stops the build here,
  before anything is written) and expand the nav;
- on_files: add the generated pages (topic pages, topic index, difficulty lists, explorer),
  the question deck (JSON for practice mode, TSV for Anki) and robots.txt;
- on_page_markdown: add the header and the related/pager footer to question pages, and put
  the SEO metadata into page.meta for overrides/main.html to print;
- on_post_page: typeset the maths with KaTeX (after the search index took the TeX source).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from scripts.qbank import deck, layout  # noqa: E402
from scripts.qbank.catalog import load_catalog_cached  # noqa: E402
from scripts.qbank.mathrender import KatexRenderer, MathError  # noqa: E402
from scripts.qbank.problems import ContentError  # noqa: E402
from scripts.qbank.render import question  # noqa: E402
from scripts.qbank.site import DerivedSite, derive, robots_txt  # noqa: E402

log = logging.getLogger("mkdocs.hooks.qbank")
_site: DerivedSite | None = None
_katex: KatexRenderer | None = None


def on_config(config):
    global _site
    if not config.site_url:
        raise PluginError("mkdocs.yml: 'site_url' must be set: canonical URLs, the sitemap "
                          "and structured data are built from it")
    try:
        catalog = load_catalog_cached(config.docs_dir)
    except ContentError as exc:
        raise PluginError(exc.report()) from None
    _site = derive(catalog)
    config.nav = _site.expand_nav(config.nav)
    global _katex
    if _katex is not None:
        _katex.close()
    _katex = None
    if KatexRenderer.available():
        _katex = KatexRenderer(Path(config.docs_dir) / "assets/vendor/katex/katex.min.js")
    else:
        log.info("node not found: maths will be typeset in the browser instead of at build time")
    return config


def on_files(files, config):
    assert _site is not None
    for src_uri, content in sorted(_site.files.items()):
        files.append(File.generated(config, src_uri, content=content))
    files.append(File.generated(config, layout.ROBOTS, content=robots_txt(config.site_url)))
    render = _markdown_renderer(config)
    catalog = _site.catalog
    files.append(File.generated(config, layout.DECK_JSON, content=deck.to_json(
        catalog, deck.answers_html(catalog, render))))
    files.append(File.generated(config, layout.DECK_TSV, content=deck.to_tsv(
        catalog, deck.answers_html(catalog, render, base=config.site_url), config.site_url)))
    return files


def _markdown_renderer(config):
    """Return Markdown -> HTML with the site's own extensions (for short answers in the deck)."""
    import markdown

    md = markdown.Markdown(extensions=config.markdown_extensions,
                           extension_configs=config.mdx_configs)

    def render(text: str) -> str:
        md.reset()
        return md.convert(text)

    return render


def on_page_markdown(markdown, page, config, files):
    assert _site is not None
    src_uri = page.file.src_uri
    q = _site.catalog.by_uri.get(src_uri)
    if q is not None:
        markdown = question.header(q, _site.catalog) + markdown + question.footer(q, _site.catalog)
        page.meta["search"] = question.search_meta(q)
        page.meta["tags"] = question.search_terms(q)  # Material's search boosts "tags" matches
    page.meta["seo"] = _site.seo_for(
        src_uri,
        title=page.meta.get("title") or page.title or config.site_name,
        description=page.meta.get("description") or config.site_description or "",
        site_url=config.site_url, site_name=config.site_name,
    )
    return markdown


def on_post_page(output, page, config):
    if _katex is None:
        return output
    try:
        return _katex.render_page(output, f"docs/{page.file.src_uri}")
    except MathError as exc:
        raise PluginError(str(exc)) from None


def on_post_build(config):
    if _katex is not None:
        _katex.close()


def on_build_error(error):
    if _katex is not None:
        _katex.close()

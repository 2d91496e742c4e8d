"""The whole derived site from a catalog: generated pages, nav and per-page metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import layout, navigation, plaintext, seo
from .render import pages
from .schema import DIFFICULTIES

if TYPE_CHECKING:
    from .catalog import Catalog

# Nav entries in mkdocs.yml whose value is one of these are expanded by the build.
NAV_TOPICS = layout.TOPIC_INDEX
NAV_DIFFICULTY = layout.difficulty_page(DIFFICULTIES[0])


@dataclass
class DerivedSite:
    """Generated page sources by path, and what kind of page each source path is."""

    catalog: Catalog
    files: dict[str, str] = field(default_factory=dict)

    def expand_nav(self, nav: list | None) -> list:
        """Return mkdocs.yml's nav with the topic and difficulty entries expanded."""
        topics = [layout.TOPIC_INDEX] + [
            {t.name: [layout.topic_page(t.id)]
             + [q.src_uri for q in self.catalog.by_topic[t.id]]}
            for t in self.catalog.active_topics
        ]
        levels = [{f"{d.capitalize()}": layout.difficulty_page(d)} for d in DIFFICULTIES]
        expansions = {NAV_TOPICS: topics, NAV_DIFFICULTY: levels}

        def walk(items: list) -> list:
            out = []
            for item in items:
                if isinstance(item, dict):
                    (title, value), = item.items()
                    if isinstance(value, str) and value in expansions:
                        out.append({title: expansions[value]})
                    elif isinstance(value, list):
                        out.append({title: walk(value)})
                    else:
                        out.append(item)
                elif isinstance(item, str) and item in expansions:
                    out.extend(expansions[item])
                else:
                    out.append(item)
            return out

        return walk(nav or [])

    def seo_for(self, src_uri: str, *, title: str, description: str, site_url: str,
                site_name: str) -> dict[str, Any]:
        """Return the metadata of any page: FAQ data for questions, breadcrumbs for topics."""
        url = seo.absolute(site_url, src_uri)
        image = seo.social_image(site_url)
        catalog = self.catalog
        q = catalog.by_uri.get(src_uri)
        if q is not None:
            trail = navigation.breadcrumbs(q, catalog)
            return seo.page_meta(
                title=q.title, description=q.description, url=url, site_name=site_name,
                kind="article", keyword_text=seo.keywords(q.keywords, q.aliases, q.tags),
                json_ld=[seo.faq_page(q.title, plaintext.to_text(q.short_answer), url),
                         seo.breadcrumb_list(site_url, trail)], image=image,
            )
        topic = next((t for t in catalog.topics if layout.topic_page(t.id) == src_uri), None)
        if topic is not None:
            trail = navigation.breadcrumbs(None, catalog, topic.id)
            words = [topic.name] + [k for q in catalog.by_topic[topic.id] for k in q.keywords]
            return seo.page_meta(
                title=title, description=description, url=url, site_name=site_name,
                kind="website", keyword_text=seo.keywords(words[:20]),
                json_ld=[seo.breadcrumb_list(site_url, trail)], image=image,
            )
        json_ld = []
        if src_uri == layout.HOME:
            json_ld.append({"@context": "https://schema.org", "@type": "WebSite",
                            "name": site_name, "url": url, "description": description})
        return seo.page_meta(title=title, description=description, url=url,
                             site_name=site_name, kind="website", json_ld=json_ld, image=image)


def derive(catalog: Catalog) -> DerivedSite:
    """Return the derived site: every generated page's Markdown by source path."""
    site = DerivedSite(catalog)
    site.files[layout.TOPIC_INDEX] = pages.topic_index(catalog)
    for topic in catalog.active_topics:
        site.files[layout.topic_page(topic.id)] = pages.topic_page(topic, catalog)
    for level in DIFFICULTIES:
        site.files[layout.difficulty_page(level)] = pages.difficulty_page(level, catalog)
    site.files[layout.EXPLORER] = pages.explorer_page(catalog)
    return site


def robots_txt(site_url: str) -> str:
    """Return robots.txt: allow everything and point to the sitemap."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n"

"""qbank: loads, validates and derives everything the site builds from its question pages.

Where things live (one job per module):

- ``problems``     the error type every content check reports with (file, field, message).
- ``frontmatter``  splits a Markdown file into YAML front matter and body; strict YAML.
- ``topics``       the topic registry (docs/questions/topics.yml).
- ``schema``       the front-matter fields, their rules and the difficulty levels.
- ``body``         the shape of a question body: short answer, follow-ups, links.
- ``catalog``      loads every question page into a validated ``Catalog``.
- ``crosscheck``   checks that span files: duplicate slugs and titles, related slugs, links.
- ``limits``       length limits: a short answer of at most 75 words.
- ``annotations``  content problems as GitHub annotations (file and line).
- ``scaffold``     ``python -m scripts.qbank new``: a skeleton question page that passes.
- ``contributors`` the people in the git history, for the About page.
- ``related``      related questions for a page.
- ``navigation``   previous/next within a topic and breadcrumbs.
- ``urls``         source paths to site URLs and relative links; link rewriting.
- ``plaintext``    Markdown to plain text (for JSON-LD and meta tags).
- ``seo``          per-page metadata: keywords, Open Graph, Twitter, JSON-LD.
- ``render/``      Markdown of the generated pages and of the blocks added to question pages.
- ``site``         the whole derived site: generated files and the expanded nav.
- ``macros``       variables and macros for hand-written pages (mkdocs-macros-plugin).
- ``__main__``     ``python -m scripts.qbank check``: validate content without building.

The MkDocs side is a thin adapter: ``scripts/hooks.py`` and ``scripts/macros.py``.
"""

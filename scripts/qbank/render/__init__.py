"""Markdown for the generated pages and for the blocks added around question pages."""

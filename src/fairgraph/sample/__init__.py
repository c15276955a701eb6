"""Bundled sample corpus: four invented fair reports (see README.md)."""

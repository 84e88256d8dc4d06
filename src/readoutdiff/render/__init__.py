"""Renderers: one module per output format; each returns a ``str`` and never prints."""

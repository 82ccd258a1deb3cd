"""Roundtable: offline-first, encrypted meeting records for civil-society coalitions."""

__version__ = "0.1.0"

"""Exchanging records between organisations: export selection, redaction, import and merge."""

"""Id patterns accept exactly the id: Python's `$` also matches before a final newline."""

from __future__ import annotations

import pytest

from app.crypto.bundle import UUID_PATTERN, outer_comment, parse_outer_comment
from app.errors import BundleContentInvalid, NotABundleSignature
from app.exchange.importer import parse_records

UUID = "0b0e5c1e-4f3a-4c55-9d6e-2f1a3b4c5d6e"


def test_uuid_pattern_refuses_a_trailing_newline() -> None:
    assert UUID_PATTERN.match(UUID)
    assert UUID_PATTERN.match(UUID + "\n") is None


def test_outer_comment_refuses_a_trailing_newline() -> None:
    comment = outer_comment(UUID, "Org", 1, "2026-01-01T00:00:00Z", "a" * 64)
    assert parse_outer_comment(comment, b"k" * 8).bundle_id == UUID
    with pytest.raises(NotABundleSignature):
        parse_outer_comment(comment + "\n", b"k" * 8)


def test_record_and_org_ids_refuse_a_trailing_newline() -> None:
    doc = {"format": "roundtable-data/1", "orgs": ["org-1\n"], "records": []}
    from app.exchange.exporter import DATA_FORMAT

    doc["format"] = DATA_FORMAT
    with pytest.raises(BundleContentInvalid):
        parse_records(doc)
    doc["orgs"] = ["org-1"]
    assert parse_records(doc) == []

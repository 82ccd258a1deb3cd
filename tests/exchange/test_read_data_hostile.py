"""Hostile data.json documents the one-pass reader (`validate.read_data`, issue 14) must refuse
as the two passes before it did (kept as the reference in test_read_data_equivalence.py).
Documents are parsed from JSON text, as a bundle's are."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.exchange.exporter import DATA_FORMAT
from app.exchange.importer import parse_records
from tests.exchange.test_read_data_equivalence import _old_parse_records, _outcome

_ID = "0b0e5c1e-4f3a-4c55-9d6e-2f1a3b4c5d6e"


def _doc(fields: str) -> Any:
    return json.loads(
        f'{{"format": {json.dumps(DATA_FORMAT)}, "orgs": ["org-a", "org-b"], "records": '
        f'[{{"t": "meetings", "id": "{_ID}", "c": "2026-11-22T10:00:00Z", "s": {{"f": '
        f"{{{fields}}}}}}}]}}"
    )


@pytest.mark.parametrize(
    "fields",
    [
        # No dot on the first fields: not the dot the next field brings
        '"title": [null, null, "t"], "summary": [0, 1, "s"], "deleted": [0, 1, false]',
        '"title": [null, null, "t"], "summary": [null, null, "s"], "deleted": [1, 1, false]',
        '"title": [null, 1, "t"], "summary": [0, 1, "s"]',
        '"title": [0, null, "t"], "summary": [0, 1, "s"]',
    ],
)
def test_a_field_without_its_dot_is_refused(fields: str) -> None:
    assert _outcome(_old_parse_records, _doc(fields)) == "refused"
    assert _outcome(parse_records, _doc(fields)) == "refused"

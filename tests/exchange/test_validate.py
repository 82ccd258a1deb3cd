"""Every field of every incoming record is validated before any use (issue 8): a hostile value
is refused with the bundle's own one-line error and nothing is written."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.errors import BundleContentInvalid, BundleError
from app.exchange import validate
from app.exchange.importer import import_bundle
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import dump, forge, introduce, make_vault

ROOT = Path(__file__).resolve().parents[2]
TS = "2026-11-22T10:00:00.000000Z"
_IDS = itertools.count(1)


def _uid() -> str:
    """Fixed ids: the same parameters on every test worker."""
    return str(uuid.UUID(int=next(_IDS)))


MEETING = _uid()


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("validate")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    yield a, b
    a.close()
    b.close()


def _data(org: str, records: list[dict]) -> dict:
    return {"format": "roundtable-data/1", "policy": "full", "orgs": [org], "records": records}


def _record(table: str, fields: dict, rid: str = "", created: object = TS) -> dict:
    return {
        "t": table,
        "id": rid or str(_uid()),
        "c": created,
        "s": {"f": {name: [0, 1, value] for name, value in fields.items()}},
    }


def _meeting(**fields: object) -> dict:
    return _record("meetings", {"title": "Budget review", "start_date": "2026-01-10", **fields})


def _minute(**fields: object) -> dict:
    base = {"agenda_item_id": str(_uid()), "meeting_id": MEETING, "text": "Noted."}
    return _record("minute_entries", {**base, "position": 1.5, **fields})


def _attachment(**fields: object) -> dict:
    base = {"meeting_id": MEETING, "filename": "a.pdf", "size": 10, "sha256": "ab" * 32}
    return _record("attachments", {**base, **fields})


def _send(orgs, tmp_path: Path, data_json: bytes) -> Path:
    a, b = orgs
    return forge(tmp_path / "x.rtbundle", signer=a, recipients=[b], data_json=data_json)


def test_well_formed_records_are_accepted(orgs, tmp_path) -> None:
    a, b = orgs
    doc = _data(a.org_id, [_meeting(), _minute(), _attachment()])
    preview = import_bundle(b, _send(orgs, tmp_path, json.dumps(doc).encode()), dry_run=True)
    assert preview.summary()["new"] == 3


@pytest.mark.parametrize(
    "record",
    [
        _meeting(title=10**30),  # a number where text belongs
        _minute(position=10**30),  # "internal error (OverflowError)"
        _attachment(size=-(10**30)),  # "internal error (OverflowError)"
        _attachment(size=-1),
        _attachment(size=2**53),
        _record(
            "meeting_organisers", {"meeting_id": MEETING, "organisation_id": "", "position": 2**60}
        ),
        _meeting(title="\x00hidden"),
        _meeting(title="x" * 1_000_001),
        _meeting(summary="x" * 1_000_001),
        _meeting(start_date="2026-13-45"),
        _meeting(start_date="10 January"),
        _meeting(series_id="../../etc"),
        _meeting(location_sensitive="no"),
        _attachment(sha256="not a hash"),
        _record("sessions", {"meeting_id": MEETING, "date": "2026-01-10", "start_time": "9h"}),
        _meeting(classification="x" * 1000),
        _record("meetings", {"title": "t"}, created="yesterday"),
        _record("meetings", {"title": "t"}, created="2026-02-30T10:00:00Z"),
        _record("meetings", {"title": "t"}, rid="not/an/id"),
        {**_meeting(), "extra": 1},
        {"t": "meetings", "id": str(_uid()), "c": TS, "s": {"f": {"title": [True, 1, "t"]}}},
        {"t": "meetings", "id": str(_uid()), "c": TS, "s": {"f": {"title": [0, 0, "t"]}}},
        {"t": "meetings", "id": str(_uid()), "c": TS, "s": {"f": {"title": [0, 1.0, "t"]}}},
        {
            "t": "meetings",
            "id": str(_uid()),
            "c": TS,
            "s": {"f": {"title": {"c": [[0, 1], [0, 2]], "s": [[0, 1, "t"]]}}},
        },
        {
            "t": "meetings",
            "id": str(_uid()),
            "c": TS,
            "s": {"f": {"title": {"c": [[0, 1]], "s": [[0, 1, "t"]], "x": 1}}},
        },
        {"t": "meetings", "id": str(_uid()), "c": TS, "s": {"f": {}, "p": {"title": 5}}},
    ],
    ids=lambda r: json.dumps(r.get("s", {}).get("f", r))[-70:],
)
def test_a_hostile_value_rejects_the_bundle_and_writes_nothing(orgs, tmp_path, record) -> None:
    a, b = orgs
    raw = json.dumps(_data(a.org_id, [_meeting(), record])).encode()
    before = dump(b)
    with pytest.raises(BundleError) as info:
        import_bundle(b, _send(orgs, tmp_path, raw))
    assert type(info.value) is BundleContentInvalid
    assert dump(b) == before


@pytest.mark.parametrize(
    ("placeholder", "literal"),
    [
        ("POSITION", "Infinity"),
        ("POSITION", "-Infinity"),
        ("POSITION", "NaN"),
        ("POSITION", "1e999"),  # infinity, without the word
        ("POSITION", "-1E400"),
        ("TITLE", '"\\ud800 a lone surrogate"'),  # "internal error (UnicodeEncodeError)"
        ("TITLE", '"\\udfff"'),
    ],
)
def test_json_that_python_alone_accepts_is_refused(orgs, tmp_path, placeholder, literal) -> None:
    a, b = orgs
    record = _minute(position="HOLE") if placeholder == "POSITION" else _meeting(title="HOLE")
    doc = _data(a.org_id, [_meeting(), record])
    raw = json.dumps(doc).replace('"HOLE"', literal).encode()
    before = dump(b)
    with pytest.raises(BundleError) as info:
        import_bundle(b, _send(orgs, tmp_path, raw))
    assert type(info.value) is BundleContentInvalid
    assert dump(b) == before


def test_a_key_given_twice_is_refused(orgs, tmp_path) -> None:
    """Two readers could take different values of `title`; one document has one meaning."""
    a, b = orgs
    raw = json.dumps(_data(a.org_id, [_meeting(title="SECOND")]))
    raw = raw.replace('"title": [0, 1, "SECOND"]', '"title": [0, 1, "first"], "title": [0, 1, "x"]')
    assert raw.count('"title"') == 2
    with pytest.raises(BundleContentInvalid):
        import_bundle(b, _send(orgs, tmp_path, raw.encode()))


def test_cli_prints_the_bundles_own_one_line_error(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    doc = _data(a.org_id, [_attachment(size=-(10**30))])
    path = _send((a, b), tmp_path, json.dumps(doc).encode())
    folder = b.folder
    a.close()
    b.close()
    done = subprocess.run(
        [sys.executable, "-m", "app", "import", "--vault", str(folder), str(path)],
        cwd=ROOT,
        env={
            **os.environ,
            "ROUNDTABLE_INSECURE_TEST_KDF": "1",
            "ROUNDTABLE_PASSPHRASE": PASSPHRASE,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"roundtable: {BundleContentInvalid.message}"]


def test_state_bounds_unit() -> None:
    """The merge state's own bounds, without a bundle around it."""
    from app.domain.records import Meeting

    validate.validate_state({"f": {"title": [0, validate.MAX_SAFE_INT, "t"]}}, Meeting, 1)
    for bad in (
        {"f": {"title": [0, validate.MAX_SAFE_INT + 1, "t"]}},
        {"f": {"title": [1, 1, "t"]}},  # no such organisation
        {"f": {"nope": [0, 1, "t"]}},
        {"f": {"title": {"c": [[0, 1]], "s": [[0, 1, "t"]] * 65}}},
        {"q": {}},
    ):
        with pytest.raises(BundleContentInvalid):
            validate.validate_state(bad, Meeting, 1)

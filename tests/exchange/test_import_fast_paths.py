"""The import's fast paths (issue 14) change its speed, not its result: the stored merge state
is byte for byte what the plain encoding wrote, the inlined checks refuse what the general ones
refused, and the garbage collector paused during an exchange always runs again afterwards."""

from __future__ import annotations

import gc
import json
import os
import threading

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto.bundle import HISTORY
from app.domain.records import Meeting
from app.errors import BundleAlreadyImported, BundleContentInvalid
from app.exchange import merge, state_store
from app.exchange.gc_pause import gc_paused
from app.exchange.importer import ImportSpent, import_bundle, prepare_import
from app.exchange.validate import validate_state
from tests.exchange.helpers import dump, introduce, make_vault, seed_meeting, send


@pytest.fixture
def collector_running():
    """The collector on, as in a process without the GUI: a widget test run earlier in the
    same worker leaves it off (the GUI thread's timer collects, app/ui/main_thread_gc.py), and
    these tests check that an import resumes it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _reference_encode(state: merge.RecordState, record) -> str:
    """state_store._encode as it was before its fast paths (the format it must keep), with
    the field hashes now in the "k" form."""
    values = state_store.values_of(record)
    names = state_store._merge_order(type(record))
    implicit: dict = {}
    explicit: dict = {}
    for name, fs in state.fields.items():
        if len(fs.sibs) == 1 and fs.cc == {fs.sibs[0][0]: fs.sibs[0][1]}:
            o, n, v = fs.sibs[0]
            if name in values and values[name] == v and type(values[name]) is type(v):
                implicit[name] = (o, n)
                continue
            explicit[name] = [o, n, v]
        else:
            explicit[name] = {"c": fs.cc, "s": [list(x) for x in fs.sibs]}
    doc: dict = {"r": record.revision}
    if implicit:
        common = max(dict.fromkeys(implicit.values()), key=list(implicit.values()).count)
        doc["d"] = list(common)
        for name, dot in implicit.items():
            if dot != common:
                explicit[name] = list(dot)
    if explicit:
        doc["e"] = explicit
    doc["k"] = "".join(
        state_store._crc(values[n]) if n in implicit else state_store._NO_HASH for n in names
    )
    if state.placeholders:
        doc["p"] = state.placeholders
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


ORGS = ["org-a", "org-b", "org-c"]
TEXTS = st.sampled_from(["Title", "Other title", "", "ចុះឈ្មោះ"])
DOTS = st.tuples(st.sampled_from(ORGS), st.integers(1, 4))


@st.composite
def field_states(draw, value):
    sibs = draw(st.lists(st.tuples(DOTS, value), min_size=1, max_size=3, unique_by=lambda x: x[0]))
    cc: dict[str, int] = {}
    for (o, n), _ in sibs:
        cc[o] = max(cc.get(o, 0), n)
    if draw(st.booleans()):
        extra = draw(DOTS)
        cc[extra[0]] = max(cc.get(extra[0], 0), extra[1])
    return merge.FieldState(cc, sorted((o, n, v) for (o, n), v in sibs))


@settings(max_examples=300, deadline=None)
@given(
    title=field_states(TEXTS),
    summary=st.none() | field_states(TEXTS),
    deleted=st.none() | field_states(st.booleans()),
    column=TEXTS,
    revision=st.integers(1, 3),
    holder=st.booleans(),
)
def test_stored_state_is_what_the_plain_encoding_wrote(
    title, summary, deleted, column, revision, holder
) -> None:
    record = Meeting(title=column, start_date="2026-01-01", summary="Title")
    record.revision = revision
    state = merge.RecordState()
    state.fields["title"] = title
    if summary is not None:
        state.fields["summary"] = summary
    if deleted is not None:
        state.fields["deleted"] = deleted
    if holder:
        state.placeholders["location_venue"] = ""
    assert state_store._encode(state, record) == _reference_encode(state, record)


@pytest.mark.parametrize(
    "enc",
    [
        [True, 1, "x"],  # a boolean is not an organisation index
        [5, 1, "x"],
        [-1, 1, "x"],
        [0, 0, "x"],
        [0, True, "x"],
        [0, merge.MAX_COUNTER + 1, "x"],
        [0, 1.0, "x"],
        [0, 1],
        [0, 1, "x", "y"],
    ],
)
def test_inlined_checks_refuse_what_the_general_ones_refused(enc) -> None:
    with pytest.raises(merge.StateFormatError):
        merge.decode_state({"f": {"title": enc}}, ["org-a"], {"title"})
    if enc[1:2] != [merge.MAX_COUNTER + 1]:  # the format allows up to 2^53 - 1; merge less
        with pytest.raises(BundleContentInvalid):
            validate_state({"f": {"title": enc}}, Meeting, 1)


def test_the_collector_runs_again_after_an_import(tmp_path, collector_running) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    seed_meeting(a)
    out = send(a, [b], tmp_path / "x.rtbundle")
    assert gc.isenabled()
    import_bundle(b, out)
    assert gc.isenabled()
    with pytest.raises(BundleAlreadyImported):  # an import that fails resumes it too
        import_bundle(b, out)
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()


def test_overlapping_pauses_resume_once_the_last_ends(collector_running) -> None:
    first_in, second_done = threading.Event(), threading.Event()

    def other() -> None:
        with gc_paused():
            first_in.set()
            second_done.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    first_in.wait(5)
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's pause still holds
    second_done.set()
    thread.join()
    assert gc.isenabled()


def test_import_result_unchanged_by_the_fast_paths(tmp_path) -> None:
    """A second record type, edits on both sides and a conflict: what the vault holds after
    import matches the merge rules (the fast paths take the one-value case only)."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = seed_meeting(a)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    a.store.update(a.store.get(Meeting, meeting.id), title="Edited by A")
    b.store.update(b.store.get(Meeting, meeting.id), title="Edited by B")
    preview = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle"))
    assert preview.count("conflict") == 1
    state = state_store.load_states(b.conn, "meetings", [b.store.get(Meeting, meeting.id)])
    sibs = state[meeting.id].fields["title"].sibs
    assert sorted(v for _, _, v in sibs) == ["Edited by A", "Edited by B"]


def test_states_stored_by_earlier_versions_still_tell_local_edits(vault) -> None:
    """States written before the "k" hashes carry BLAKE2b ones under "h"."""
    store = vault.store
    m = store.add(Meeting(title="First", start_date="2026-01-01", summary="s"))
    state = merge.RecordState()
    merge.capture(state, state_store.values_of(m), "org-a")
    new_form = json.loads(state_store._encode(state, m))
    names = state_store._merge_order(Meeting)
    values = state_store.values_of(m)
    old_form = {k: v for k, v in new_form.items() if k != "k"}
    old_form["h"] = "".join(
        state_store._digest(values[n]) if n in state.fields else state_store._NO_HASH for n in names
    )
    with store.transaction():
        vault.conn.execute(
            "INSERT INTO record_state (tbl, record_id, state) VALUES ('meetings', ?, ?)",
            (m.id, json.dumps(old_form)),
        )
    assert state_store.load_states(vault.conn, "meetings", [m])[m.id] == state
    store.update(m, title="Edited here")
    edited = state_store.load_states(vault.conn, "meetings", [store.get(Meeting, m.id)])[m.id]
    assert edited.fields["title"].sibs[0][2] is state_store.EDITED
    assert edited.fields["summary"] == state.fields["summary"]


ONE_VALUES = st.sampled_from(["Title", "", "ចុះឈ្មោះ", "x" * 300])


@settings(max_examples=300, deadline=None)
@given(
    fields=st.dictionaries(
        st.sampled_from(["title", "summary", "location_venue", "deleted", "location_sensitive"]),
        st.tuples(st.integers(0, 2), st.integers(1, merge.MAX_COUNTER), ONE_VALUES | st.booleans()),
        max_size=5,
    ),
    holders=st.dictionaries(
        st.sampled_from(["general_goal", "project_title"]), ONE_VALUES, max_size=2
    ),
    column=ONE_VALUES,
    revision=st.integers(1, 3),
)
def test_the_one_value_form_is_the_decoded_state(fields, holders, column, revision) -> None:
    """A record's state kept as read (`OneValueState`) gives the state `decode_state` builds,
    and is stored as that state is, byte for byte (also where a value is not the column's)."""
    from app.exchange.importer import _one_value

    doc = {"f": {n: list(enc) for n, enc in fields.items()}, "p": holders}
    one = _one_value(doc, ORGS)
    assert one is not None
    assert one.as_state() == merge.decode_state(doc, ORGS, state_store.merge_fields(Meeting))
    record = Meeting(title=column, start_date="2026-01-01", summary="Title")
    record.revision = revision
    assert state_store._encode(one, record) == state_store._encode(one.as_state(), record)


@pytest.mark.parametrize(
    "doc",
    [
        {"f": {"title": [0, merge.MAX_COUNTER + 1, "x"]}},  # allowed by the format, not merge
        {"f": {"title": {"c": [[0, 1]], "s": [[0, 1, "x"]]}}},  # the general form
        {"f": {}, "p": {"location_sensitive": False}},  # a placeholder for a privacy flag
    ],
)
def test_what_the_one_value_form_does_not_take_goes_to_decode_state(doc) -> None:
    from app.exchange.importer import _one_value

    assert _one_value(doc, ORGS) is None


def test_the_collector_stays_paused_from_the_checks_to_the_commit(
    tmp_path, monkeypatch, collector_running
) -> None:
    """Resumed between preparing and applying, it scanned every container the prepared import
    held (about 0.5 s for 1,000 meetings) only to find nothing to collect."""
    from app.exchange.importer import PreparedImport

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    seed_meeting(a)
    seen: list[bool] = []
    apply = PreparedImport.apply

    def watched(self, vault):
        seen.append(gc.isenabled())
        return apply(self, vault)

    monkeypatch.setattr(PreparedImport, "apply", watched)
    import_bundle(b, send(a, [b], tmp_path / "x.rtbundle"))
    assert seen == [False]
    assert gc.isenabled()


def test_history_json_is_checked_once_per_import(tmp_path, monkeypatch) -> None:
    from app.exchange import log_check

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = seed_meeting(a)
    calls: list[object] = []
    check = log_check.received_history

    def counted(doc, allowed):
        calls.append(allowed)
        return check(doc, allowed)

    monkeypatch.setattr(log_check, "received_history", counted)
    import_bundle(b, send(a, [b], tmp_path / "x.rtbundle"))
    assert len(calls) == 1
    kept = b.conn.execute(
        "SELECT count(*) FROM history_received WHERE record_id = ?", (meeting.id,)
    ).fetchone()[0]
    assert kept == 1  # and what it kept is stored as before


def test_the_stored_state_is_the_same_bytes_whatever_the_hash_seed() -> None:
    """Two dots each implicit for the same number of fields: the common one was picked in a
    set's order, which follows PYTHONHASHSEED, so the same import stored different bytes in
    different processes."""
    import subprocess
    import sys

    snippet = (
        "from app.exchange.state_store import _finish\n"
        "r = type('R', (), {'revision': 1})()\n"
        "implicit = {'title': ('org-b', 1), 'summary': ('org-a', 2),\n"
        "            'city': ('org-b', 1), 'start_date': ('org-a', 2)}\n"
        "values = {'title': 't', 'summary': 's', 'city': 'c', 'start_date': '2026-01-01'}\n"
        "print(_finish(r, values, tuple(values), implicit, {}, {}))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", snippet],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(8)
    }
    assert len(outputs) == 1, outputs


def test_an_integer_in_a_float_field_is_not_a_phantom_local_edit(tmp_path) -> None:
    """A partner may send `position: 3` (JSON has one number type). Kept as an int, the stored
    state remembered `int:3`; the column reads back 3.0, so after a local edit of the text the
    position counted as edited here too, and a new edit of it in our name was made."""
    from app.domain.records import MinuteEntry
    from tests.exchange.helpers import import_minute_position

    b, eid = import_minute_position(tmp_path, 3)
    entry = b.store.get(MinuteEntry, eid)
    assert entry.position == 3.0
    b.store.update(entry, text="a local edit of the text only")
    entry = b.store.get(MinuteEntry, eid)
    state = state_store.load_states(b.conn, "minute_entries", [entry])[eid]
    assert state.fields["position"].sibs[0][2] is not state_store.EDITED
    assert not merge.capture(state, {"position": entry.position}, b.org_id)


def _release_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "import-release"]


def test_an_applied_import_lets_go_of_what_the_bundle_brought(tmp_path) -> None:
    """Its records are freed while the COMMIT writes (issue 14); the prepared import is spent:
    a second apply is refused plainly, and writes nothing."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = seed_meeting(a)
    out = send(a, [b], tmp_path / "x.rtbundle")
    with prepare_import(b, out) as prepared:
        assert prepared.incoming and HISTORY in prepared.inner.extras
        preview = prepared.apply(b)
        assert prepared.incoming == [] and prepared._plan is None
        assert HISTORY not in prepared.inner.extras
        before = dump(b)
        with pytest.raises(ImportSpent):
            prepared.apply(b)
        assert dump(b) == before
    assert preview.count("new") == len(preview.changes) > 0
    assert b.store.get(Meeting, meeting.id).title == meeting.title
    assert not _release_threads()  # ended before apply returned


class _FailingCommit:
    """The vault's connection, but its COMMIT fails as a full disk's would (SQLite keeps the
    transaction open then, and the store rolls it back)."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self.commits = 0

    def execute(self, sql, *args):
        if sql == "COMMIT":
            self.commits += 1
            raise sqlcipher3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_failed_commit_leaves_the_vault_unchanged_and_is_reported(tmp_path, monkeypatch) -> None:
    """The COMMIT fails after the release thread started: the error reaches the caller, the
    vault is as it was (the bundle not even marked seen), the thread has ended, the prepared
    import is spent, and the same bundle prepared again imports whole."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = seed_meeting(a)
    out = send(a, [b], tmp_path / "x.rtbundle")
    before = dump(b)
    real = b.store.conn
    failing = _FailingCommit(real)
    with prepare_import(b, out) as prepared:
        monkeypatch.setattr(b.store, "conn", failing)
        with pytest.raises(sqlcipher3.OperationalError, match="disk is full"):
            prepared.apply(b)
        monkeypatch.setattr(b.store, "conn", real)
        assert failing.commits == 1
        assert not real.in_transaction
        assert not _release_threads()
        assert dump(b) == before
        assert b.store.find(Meeting, meeting.id) is None
        with pytest.raises(ImportSpent):
            prepared.apply(b)
        assert dump(b) == before
    preview = import_bundle(b, out)
    assert preview.count("new") == len(preview.changes) > 0
    assert b.store.get(Meeting, meeting.id).title == meeting.title


def test_an_import_goes_on_when_no_thread_can_be_started(tmp_path, monkeypatch) -> None:
    """The release thread only frees memory sooner: at the system's thread limit the import
    frees it itself and still succeeds (found by review)."""
    import threading

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = seed_meeting(a)
    out = send(a, [b], tmp_path / "x.rtbundle")
    real_start = threading.Thread.start

    def start(self):  # type: ignore[no-untyped-def]
        if self.name == "import-release":
            raise RuntimeError("can't start new thread")
        return real_start(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    preview = import_bundle(b, out)
    assert preview.count("new") == len(preview.changes) > 0
    assert b.store.get(Meeting, meeting.id).title == meeting.title

"""Merge properties (hypothesis): convergence in any order, idempotence, no edit lost."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.records import Decision, Meeting
from app.errors import BundleAlreadyImported
from app.exchange import merge
from app.exchange.contacts import origin_of
from app.exchange.importer import import_bundle
from app.exchange.state_store import load_states, provenance
from tests.exchange.helpers import introduce, make_vault, send

ORGS = ("A", "B", "C")

# --- the register itself, three replicas, random edits and merges -------------------------------
op = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(range(3))),
    st.tuples(st.just("merge"), st.sampled_from(list(itertools.permutations(range(3), 2)))),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(op, max_size=30), st.randoms(use_true_random=False))
def test_register_converges_and_keeps_every_unsuperseded_edit(ops, rnd) -> None:
    replicas = [merge.RecordState() for _ in range(3)]
    seen: list[set[str]] = [set() for _ in range(3)]  # edits each replica has seen
    supersedes: dict[str, set[str]] = {}
    counter = itertools.count()
    for kind, arg in ops:
        if kind == "edit":
            value = f"v{next(counter)}"
            state = replicas[arg]
            merge.capture(state, {"title": value}, ORGS[arg])
            supersedes[value] = set(seen[arg])
            seen[arg].add(value)
        else:
            src, dst = arg
            replicas[dst], _ = merge.merge_record(replicas[dst], replicas[src])
            seen[dst] |= seen[src]
    # deliver everything in a random order until all have everything
    pairs = list(itertools.permutations(range(3), 2))
    for _ in range(2):
        rnd.shuffle(pairs)
        for src, dst in pairs:
            replicas[dst], _ = merge.merge_record(replicas[dst], replicas[src])
    final = [r.fields.get("title") for r in replicas]
    assert final[0] == final[1] == final[2]
    superseded = set().union(*supersedes.values()) if supersedes else set()
    standing = set(supersedes) - superseded
    got = {s[2] for s in final[0].sibs} if final[0] else set()
    assert got == standing  # exactly the edits no later edit saw: nothing lost, nothing stale
    # idempotent
    again, changes = merge.merge_record(replicas[0], replicas[1])
    assert again.fields == replicas[0].fields and changes == []


@settings(max_examples=200, deadline=None)
@given(st.lists(op, max_size=20))
def test_merge_is_commutative(ops) -> None:
    replicas = [merge.RecordState() for _ in range(3)]
    for i, (kind, arg) in enumerate(ops):
        if kind == "edit":
            merge.capture(replicas[arg], {"title": f"v{i}", "text": f"t{i % 3}"}, ORGS[arg])
        else:
            src, dst = arg
            replicas[dst], _ = merge.merge_record(replicas[dst], replicas[src])
    ab, _ = merge.merge_record(replicas[0], replicas[1])
    ba, _ = merge.merge_record(replicas[1], replicas[0])
    assert ab.fields == ba.fields


# --- three real vaults exchanging real bundles ----------------------------------------------------
vault_op = st.one_of(
    st.tuples(
        st.just("edit"), st.sampled_from(range(3)), st.sampled_from(["title", "summary", "text"])
    ),
    st.tuples(st.just("delete"), st.sampled_from(range(3)), st.just("")),
    st.tuples(
        st.just("sync"), st.sampled_from(list(itertools.permutations(range(3), 2))), st.just("")
    ),
)


def _snapshot(vault, *ids: str) -> dict:
    out = {}
    for cls in (Meeting, Decision):
        records = [r for r in (vault.store.find_any(cls, i) for i in ids) if r is not None]
        states = load_states(vault.conn, cls.TABLE, records)
        for r in records:
            content = {n: getattr(r, n) for n in cls.content_fields()}
            st_fields = (
                {n: (f.cc, f.sibs) for n, f in states[r.id].fields.items()}
                if r.id in states
                else None
            )
            out[(cls.TABLE, r.id)] = (content, r.deleted, st_fields)
    return out


@pytest.fixture(scope="module")
def trio(tmp_path_factory: pytest.TempPathFactory):
    """Three partner vaults shared by the examples; each example works on fresh records."""
    root = tmp_path_factory.mktemp("three")
    vaults = [make_vault(root, f"Org {o}") for o in ORGS]
    introduce(*vaults)
    yield vaults, root
    for v in vaults:
        v.close()


FIELDS = ("title", "summary", "text")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(vault_op, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_three_vaults_converge_and_lose_no_edit(trio, ops, rnd) -> None:
    vaults, root = trio
    a = vaults[0]
    meeting = a.store.add(Meeting(title="start", start_date="2026-02-01"))
    decision = a.store.add(Decision(meeting_id=meeting.id, text="start"))
    # the causal model: which edits each vault has seen, and which edits each edit saw
    seen: list[dict[str, set[str]]] = [{f: set() for f in FIELDS} for _ in vaults]
    supersedes: dict[str, set[str]] = {}
    edits: dict[str, list[str]] = {f: [] for f in FIELDS}

    def sync(src: int, dst: int) -> None:
        path = send(vaults[src], [vaults[dst]], root / f"{uuid.uuid4().hex}.rtbundle", [meeting.id])
        import_bundle(vaults[dst], path)
        path.unlink()
        for f in FIELDS:
            seen[dst][f] |= seen[src][f]

    # Every vault sends the records to the others once, so each may change them at the others
    # (docs/trust-rules.md, rule 1: a sender changes only what it created or was sent); the
    # refusals themselves are tested in test_trust_rules.py.
    sync(0, 1)
    sync(0, 2)
    sync(1, 2)
    sync(2, 1)
    for kind, arg, field in ops:
        if kind == "edit":
            v = vaults[arg]
            value = f"{ORGS[arg]}-{uuid.uuid4().hex[:8]}"
            if field == "text":
                d = v.store.get(Decision, decision.id, include_deleted=True)
                v.store.update(d, text=value)
            else:
                m = v.store.get(Meeting, meeting.id, include_deleted=True)
                v.store.update(m, **{field: value})
            supersedes[value] = set(seen[arg][field])
            seen[arg][field].add(value)
            edits[field].append(value)
        elif kind == "delete":
            v = vaults[arg]
            v.store.delete(v.store.get(Decision, decision.id, include_deleted=True))
        else:
            sync(*arg)
    pairs = list(itertools.permutations(range(3), 2))
    for _ in range(2):
        rnd.shuffle(pairs)
        for src, dst in pairs:
            sync(src, dst)
    snaps = [_snapshot(v, meeting.id, decision.id) for v in vaults]
    assert snaps[0] == snaps[1] == snaps[2]
    # No edit lost: the standing values are exactly the edits no later edit had seen.
    m_state = load_states(a.conn, "meetings", [a.store.find_any(Meeting, meeting.id)])[meeting.id]
    d_state = load_states(a.conn, "decisions", [a.store.find_any(Decision, decision.id)])[
        decision.id
    ]
    for field, values in edits.items():
        if not values:
            continue
        fs = (d_state if field == "text" else m_state).fields[field]
        superseded = set().union(*(supersedes[v] for v in values))
        assert {s[2] for s in fs.sibs} == set(values) - superseded, field
    if any(kind == "delete" for kind, _, _ in ops):
        assert all(v.store.find(Decision, decision.id) is None for v in vaults)
    # importing a bundle twice changes nothing
    before = _snapshot(vaults[1], meeting.id, decision.id)
    path = send(vaults[0], [vaults[1]], root / "again.rtbundle", [meeting.id])
    import_bundle(vaults[1], path)
    with pytest.raises(BundleAlreadyImported):
        import_bundle(vaults[1], path)
    path.unlink()
    assert _snapshot(vaults[1], meeting.id, decision.id) == before


def test_concurrent_edits_become_a_conflict_and_resolve(tmp_path: Path) -> None:
    from app.exchange.conflicts import list_conflicts, resolve_conflict

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="start", start_date="2026-02-01"))
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    a.store.update(a.store.get(Meeting, meeting.id), title="A's title")
    b.store.update(b.store.get(Meeting, meeting.id), title="B's title")
    preview = import_bundle(a, send(b, [a], tmp_path / "2.rtbundle"))
    assert preview.summary()["conflicting"] == 1
    conflicts = list_conflicts(a)
    assert [(c.field, c.local_value, c.incoming_value) for c in conflicts] == [
        ("title", "A's title", "B's title")
    ]
    resolve_conflict(a, conflicts[0].id, "Agreed title")
    assert list_conflicts(a) == []
    assert a.store.get(Meeting, meeting.id).title == "Agreed title"
    # the resolution travels and settles B too
    import_bundle(b, send(a, [b], tmp_path / "3.rtbundle"))
    assert b.store.get(Meeting, meeting.id).title == "Agreed title"
    assert list_conflicts(b) == []
    state = load_states(b.conn, "meetings", [b.store.get(Meeting, meeting.id)])[meeting.id]
    assert len(state.fields["title"].sibs) == 1


def test_tombstones_travel(tmp_path: Path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="to delete", start_date="2026-02-01"))
    decision = a.store.add(Decision(meeting_id=meeting.id, text="gone soon"))
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    assert b.store.find(Decision, decision.id) is not None
    a.store.delete(a.store.get(Decision, decision.id))
    preview = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle"))
    assert preview.summary()["deleted"] == 1
    assert b.store.find(Decision, decision.id) is None
    assert b.store.get(Decision, decision.id, include_deleted=True).deleted


def test_imported_records_keep_provenance(tmp_path: Path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="from A", start_date="2026-02-01"))
    preview = import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    origin_org, origin_bundle, _, _ = provenance(b.conn, "meetings", meeting.id)
    assert (origin_org, origin_bundle) == (a.org_id, preview.bundle_id)
    assert provenance(a.conn, "meetings", meeting.id) is None  # made there
    origin = origin_of(b.conn, "meetings", meeting.id)
    assert origin is not None and origin.org_name == "Org A"
    assert origin.bundle_id == preview.bundle_id
    assert origin_of(a.conn, "meetings", meeting.id) is None
    assert b.store.get(Meeting, meeting.id).changed_by == a.org_id


def test_attachments_travel_only_when_asked(tmp_path: Path) -> None:
    import io

    import pytest

    from app.errors import AttachmentNotIncluded
    from app.storage.attachments import add_attachment, read_attachment

    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    meeting = a.store.add(Meeting(title="With a report", start_date="2026-02-01"))
    att = add_attachment(a.store, meeting.id, "report.pdf", io.BytesIO(b"%PDF-1.7 budget" * 1000))
    import_bundle(b, send(a, [b], tmp_path / "with.rtbundle", include_attachments=True))
    assert read_attachment(b.store, att.id) == b"%PDF-1.7 budget" * 1000
    import_bundle(c, send(a, [c], tmp_path / "without.rtbundle"))
    with pytest.raises(AttachmentNotIncluded):
        read_attachment(c.store, att.id)


@pytest.mark.parametrize("deleter", ["here", "there"])
def test_a_delete_concurrent_with_an_edit_is_a_conflict(tmp_path: Path, deleter: str) -> None:
    from app.exchange.conflicts import list_conflicts, resolve_conflict

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="Shared", start_date="2026-02-01"))
    decision = a.store.add(Decision(meeting_id=meeting.id, text="draft"))
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    editor, remover = (a, b) if deleter == "there" else (b, a)
    editor.store.update(editor.store.get(Decision, decision.id), text="edited meanwhile")
    remover.store.delete(remover.store.get(Decision, decision.id))
    preview = import_bundle(a, send(b, [a], tmp_path / "2.rtbundle"))
    assert preview.summary()["conflicting"] == 1
    (conflict,) = list_conflicts(a)
    assert conflict.field == "deleted"
    # the tombstone holds the edit; nothing is lost, and the user decides
    kept = a.store.get(Decision, decision.id, include_deleted=True)
    assert kept.deleted and kept.text == "edited meanwhile"
    resolve_conflict(a, conflict.id, False)  # keep the record
    assert a.store.get(Decision, decision.id).text == "edited meanwhile"
    import_bundle(b, send(a, [b], tmp_path / "3.rtbundle"))
    assert b.store.get(Decision, decision.id).text == "edited meanwhile"
    # importing the same changes again raises no new conflict
    assert list_conflicts(a) == []

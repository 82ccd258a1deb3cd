"""The compact stored merge state: round trip, and local edits noticed through the hashes."""

from __future__ import annotations

from app.domain.records import Meeting
from app.exchange import merge
from app.exchange.state_store import EDITED, load_states, provenance, save_states, values_of


def test_round_trip_and_local_edit_detection(vault) -> None:
    store = vault.store
    m = store.add(Meeting(title="First", start_date="2026-01-01", summary="s"))
    state = merge.RecordState()
    merge.capture(state, values_of(m), "org-a")
    state.fields["summary"] = merge.FieldState(
        {"org-a": 1, "org-b": 1}, [("org-a", 1, "s"), ("org-b", 1, "other summary")]
    )  # a standing conflict keeps both values explicitly
    state.placeholders["location_venue"] = ""
    with store.transaction():
        save_states(vault.conn, "meetings", [(state, m)])
    again = load_states(vault.conn, "meetings", [m])[m.id]
    assert again == state

    store.update(m, title="Edited here")  # a local edit after the state was saved
    edited = load_states(vault.conn, "meetings", [store.get(Meeting, m.id)])[m.id]
    assert edited.fields["title"].sibs[0][2] is EDITED
    assert edited.fields["start_date"] == state.fields["start_date"]  # unchanged fields intact
    assert merge.capture(edited, values_of(store.get(Meeting, m.id)), "org-a")
    assert edited.fields["title"].sibs == [("org-a", 2, "Edited here")]
    assert provenance(vault.conn, "meetings", m.id) is None


def test_provenance_is_kept_from_the_first_import(vault) -> None:
    m = vault.store.add(Meeting(title="Came from B", start_date="2026-01-01"))
    state = merge.RecordState()
    merge.capture(state, values_of(m), "org-b")
    with vault.store.transaction():
        save_states(vault.conn, "meetings", [(state, m)], source=("org-b", "bundle-1", "t1"))
        save_states(vault.conn, "meetings", [(state, m)], source=("org-c", "bundle-2", "t2"))
    assert provenance(vault.conn, "meetings", m.id) == ("org-b", "bundle-1", "org-c", "bundle-2")

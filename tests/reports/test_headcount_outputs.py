"""Issue 9 item 2: every count output combines headcounts and names by the report's one rule
(`session_counts`), so a session with "some 60" on the sign-in sheet and 3 names typed in
says 60 everywhere, never 3."""

from __future__ import annotations

import csv
import io

import pytest

from app.cli import main
from app.domain.records import Attendance, Headcount, Meeting, Organisation, Person, Session
from app.storage.meetings import load_meeting
from app.vault import Vault
from tests.conftest import PASSPHRASE


def counted_meeting(vault: Vault) -> str:
    store = vault.store
    org = store.add(Organisation(name="Forum Asia", kind="ngo"))
    meeting = store.add(
        Meeting(title="Pre-session", start_date="2026-03-02", classification="public")
    )
    session = store.add(Session(meeting_id=meeting.id, date="2026-03-02", title="Day one"))
    for name, gender in (("Sok Dara", "woman"), ("Chan Vicheka", "woman"), ("Kem Ley", "man")):
        p = store.add(Person(name=name, gender=gender, organisation_id=org.id))
        store.add(Attendance(session_id=session.id, person_id=p.id, organisation_id=org.id))
    store.add(Headcount(session_id=session.id, count=60))
    store.add(Headcount(session_id=session.id, gender="woman", count=31))
    store.add(Headcount(session_id=session.id, gender="man", count=29))
    return meeting.id


def test_domain_balance_and_kinds_follow_the_headcount(vault) -> None:
    detail = load_meeting(vault.store, counted_meeting(vault))
    s = detail.sessions[0]
    assert detail.gender_balance(s).total == 60
    assert detail.gender_balance(s).counts == {"woman": 31, "man": 29}
    assert detail.gender_balance().total == 60
    assert sum(detail.attendance_by_kind(s).values()) <= 60  # kinds not counted: names only


def test_public_participants_csv_and_report_say_60(vault, vault_dir, tmp_path, monkeypatch):
    meeting_id = counted_meeting(vault)
    vault.close()
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "people.csv"
    args = ["report", "--vault", str(vault_dir), "--meeting", meeting_id]
    assert main([*args, "--csv", "participants", "--redact", "public", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    by_kind = [r for r in rows if r["Gender"] == "All"]
    by_gender = [r for r in rows if r["Kind of organisation"] == "All"]
    assert sum(int(r["Participants"]) for r in by_kind) == 60
    assert {r["Gender"]: int(r["Participants"]) for r in by_gender} == {"Woman": 31, "Man": 29}
    report = tmp_path / "r.md"
    assert main([*args, "--redact", "public", "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert "60 people" in text and "3 people" not in text


@pytest.mark.parametrize("policy", ["partners", "full"])
def test_named_participants_csv_still_lists_people(vault, vault_dir, tmp_path, monkeypatch, policy):
    meeting_id = counted_meeting(vault)
    vault.close()
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "people.csv"
    args = ["report", "--vault", str(vault_dir), "--meeting", meeting_id, "--csv", "participants"]
    assert main([*args, "--redact", policy, "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 3  # a list of names, not a count: the names that were typed in

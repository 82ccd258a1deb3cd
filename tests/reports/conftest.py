"""Demo vaults shared by the report tests of one worker (building one takes a second)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.crypto import kdf
from app.demo import fill_demo_vault
from app.domain.records import ActionItem, Attendance, Meeting, MinuteEntry, Person, Series
from app.storage.meetings import load_meeting
from app.vault import Vault, create_vault

PREPARED = dt.date(2026, 11, 22)
ANON_NAME = "Land activist, Kampot"  # witness2 of the demo: anonymous, code name "Witness B"
ANON_CODE = "Witness B"
ANON_SAYS = "The car still waits near the village on market days."


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """pytest-qt's QApplication first, so report code never creates a bare QGuiApplication."""
    return qapp


def _demo(folder: Path) -> Vault:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        created = create_vault(folder, "Test Coalition", "pass phrase 42", params=kdf.INSECURE_TEST)
    fill_demo_vault(created.vault)
    return created.vault


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The demo vault as `roundtable demo` makes it (read only: golden files depend on it)."""
    vault = _demo(tmp_path_factory.mktemp("demo") / "vault")
    yield vault
    vault.close()


@pytest.fixture(scope="session")
def sensitive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The demo plus an anonymous person who attends, speaks and owns an action item at the
    March 2026 meeting (sensitive location, a confidential minute entry, a testimony)."""
    vault = _demo(tmp_path_factory.mktemp("sensitive") / "vault")
    store = vault.store
    meeting = meeting_by_title(vault, "March 2026")
    witness = next(p for p in store.select(Person) if p.name == ANON_NAME)
    detail = load_meeting(store, meeting.id)
    first = detail.sessions[0]
    store.add(Attendance(session_id=first.session.id, person_id=witness.id, role="participant"))
    agenda = first.agenda[0].item
    store.add(
        MinuteEntry(
            agenda_item_id=agenda.id,
            meeting_id=meeting.id,
            text=ANON_SAYS,
            position=9.0,
            speaker_person_id=witness.id,
        )
    )
    store.add(
        ActionItem(
            text="Document the visits to the village",
            origin_meeting_id=meeting.id,
            owner_person_id=witness.id,
            due_date="2026-05-01",
        )
    )
    yield vault
    vault.close()


def meeting_by_title(vault: Vault, fragment: str) -> Meeting:
    return next(m for m in vault.store.select(Meeting) if fragment in m.title)


def series_id(vault: Vault) -> str:
    return vault.store.select(Series)[0].id


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return out.stdout.decode("utf-8")

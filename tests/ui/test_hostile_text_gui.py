"""A partner's names show literally in every widget: never as rich text (issue 8).

Records get names that Qt would render as markup (bold, an image, a link); the real main window
is driven through every screen that shows them, and every label, tooltip, message box, window
title and item-model text is checked to display the name as written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.crypto import kdf
from app.demo import fill_demo_vault
from app.domain.records import (
    ActionItem,
    AgendaItem,
    Meeting,
    MinuteEntry,
    Organisation,
    Person,
    Series,
)
from app.exchange.contacts import add_contact, own_card
from app.storage.meetings import load_meeting
from app.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import HOSTILE, unlock, wait_idle
from tests.ui.conftest import displayed_text as _displayed

MARK = "ZQ"
BIDI = "\u202e"


def _check(where: str, text: str, fmt: Qt.TextFormat, problems: list[str]) -> None:
    shown = _displayed(text, fmt)
    if MARK in text or MARK in shown:
        if HOSTILE not in shown:
            problems.append(f"{where}: shows {shown!r}")
        if BIDI in shown:
            problems.append(f"{where}: shows a bidi override")


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model hides it
        return 1


def _check_model(where: str, model: QAbstractItemModel, problems: list[str]) -> None:
    for row in range(model.rowCount()):
        for col in range(_columns(model)):
            index = model.index(row, col)
            display = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):  # item views paint DisplayRole as plain text
                _check(f"{where} cell", display, Qt.TextFormat.PlainText, problems)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                _check(f"{where} tooltip", tip, Qt.TextFormat.AutoText, problems)
    for section in range(_columns(model)):
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str):
            _check(f"{where} header tooltip", tip, Qt.TextFormat.AutoText, problems)


def _walk(problems: list[str], seen: set[str]) -> None:
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            name = f"{type(w).__name__}({w.objectName()})"
            if isinstance(w, QLabel):
                if MARK in w.text():
                    seen.add("label")
                _check(name, w.text(), w.textFormat(), problems)
            if isinstance(w, QMessageBox):
                _check(name, w.text(), w.textFormat(), problems)
            if isinstance(w, QGroupBox):
                _check(name, w.title(), Qt.TextFormat.PlainText, problems)
            if w.toolTip():
                if MARK in w.toolTip():
                    seen.add("tooltip")
                _check(f"{name} tooltip", w.toolTip(), Qt.TextFormat.AutoText, problems)
            if w.isWindow() and w.windowTitle():
                _check(f"{name} title", w.windowTitle(), Qt.TextFormat.PlainText, problems)
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                if any(
                    MARK in str(w.model().data(w.model().index(r, c)))
                    for r in range(w.model().rowCount())
                    for c in range(_columns(w.model()))
                ):
                    seen.add("model")
                _check_model(name, w.model(), problems)


def _hostile_vault(folder: Path, tmp_path: Path) -> dict[str, str]:
    created = create_vault(folder, "Own " + HOSTILE, PASSPHRASE, params=kdf.INSECURE_TEST)
    vault = created.vault
    fill_demo_vault(vault)
    store = vault.store
    meeting = next(m for m in store.select(Meeting) if "March 2026" in m.title)
    detail = load_meeting(store, meeting.id)
    first = detail.sessions[0]
    person = first.attendees[0].person
    assert person is not None
    store.update(meeting, title="Meeting " + HOSTILE + BIDI + "txt.exe")
    store.add(  # the overview tab names the series' next meeting
        Meeting(
            title="Next " + HOSTILE,
            start_date=str(dt.date.fromisoformat(meeting.start_date) + dt.timedelta(days=1)),
            series_id=meeting.series_id,
            location_venue="Venue " + HOSTILE,
        )
    )
    store.update(store.get(Person, person.id), name="Person " + HOSTILE)
    org_id = first.attendees[0].organisation.id if first.attendees[0].organisation else ""
    if org_id:
        store.update(store.get(Organisation, org_id), name="Org " + HOSTILE)
    store.update(store.get(Series, meeting.series_id), name="Series " + HOSTILE)
    agenda = first.agenda[0]
    store.update(store.get(AgendaItem, agenda.item.id), title="Agenda " + HOSTILE)
    entry = agenda.entries[0]
    store.update(store.get(MinuteEntry, entry.id), text="Said " + HOSTILE, confidential=False)
    action = store.select(ActionItem)[0]
    store.update(
        action, text="Do " + HOSTILE, origin_meeting_id=meeting.id, owner_person_id=person.id
    )
    partner = create_vault(tmp_path / "partner", HOSTILE, PASSPHRASE, params=kdf.INSECURE_TEST)
    add_contact(vault, own_card(partner.vault).raw, verified=False)
    partner.vault.close()
    vault.close()
    return {"meeting": meeting.id, "person": person.id, "org": org_id}


def test_hostile_names_display_literally_everywhere(
    qtbot, make_window, vault_dir: Path, tmp_path: Path
) -> None:
    ids = _hostile_vault(vault_dir, tmp_path)
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    shell = window.shell
    problems: list[str] = []
    seen: set[str] = set()

    def visit(key: str) -> None:
        window.show_screen(key)
        wait_idle(qtbot, window)
        _walk(problems, seen)

    visit("meetings")
    visit("actions")
    shell.directory.show_person(ids["person"])
    wait_idle(qtbot, window)
    visit("directory")
    if ids["org"]:
        shell.directory.show_organisation(ids["org"])
        wait_idle(qtbot, window)
        _walk(problems, seen)
    shell.search.field.setText(MARK)
    shell.search.run_search()
    visit("search")
    shell.show_meeting(ids["meeting"])
    wait_idle(qtbot, window)
    tabs = shell.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        wait_idle(qtbot, window)
        _walk(problems, seen)
    contacts = shell.contacts
    window.show_screen("contacts")
    wait_idle(qtbot, window)
    contacts.list.setCurrentRow(0)
    wait_idle(qtbot, window)
    _walk(problems, seen)
    assert not problems, "\n".join(sorted(set(problems)))
    assert {"label", "model"} <= seen  # the hostile names were on screen, in both kinds
    assert window.org_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in window.org_label.text()
    assert HOSTILE in shell.workspace.title.text()

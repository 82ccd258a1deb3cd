"""The cross-meeting screens over the demo vault: lists, search, action items, directory."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent

from app.domain.records import ActionItem, Meeting, Person
from app.domain.values import ActionStatus
from tests.ui.conftest import run_op, wait_idle


def type_khmer(widget, text: str) -> None:
    """Khmer arrives from an input method as a commit string, as a keyboard layout sends it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def _select_row(view, row: int) -> None:
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _row_where(model, predicate) -> int:
    return next(i for i, row in enumerate(model.rows()) if predicate(row))


def test_meetings_list_loads_sorts_and_filters_in_sql(qtbot, demo_window) -> None:
    screen = demo_window.shell.meetings
    model = screen.model
    assert model.rowCount() == 6 == model.total
    dates = [r.start_date for r in model.rows()]
    assert dates == sorted(dates, reverse=True)
    with qtbot.waitSignal(model.loaded):
        screen.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [r.title.casefold() for r in model.rows()]
    assert titles == sorted(titles)
    screen.year_combo.setCurrentIndex(screen.year_combo.findData(2025))
    with qtbot.waitSignal(model.loaded):
        screen._apply_filter()
    assert {r.start_date[:4] for r in model.rows()} == {"2025"}
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(screen.text_edit, "pre-session")
    assert [r.title[:8] for r in model.rows()] == ["In-count"]


def test_opening_a_meeting_from_the_list(qtbot, demo_window, monkeypatch) -> None:
    shell = demo_window.shell
    opened: list[str] = []
    monkeypatch.setattr(shell.workspace, "show_meeting", opened.append)
    view = shell.meetings.view
    _select_row(view, 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [shell.meetings.model.row_at(0).id]
    assert demo_window.navigation.current_key == "meeting"


def test_new_meeting_is_created_and_opened(qtbot, demo_window, monkeypatch) -> None:
    shell = demo_window.shell
    opened: list[str] = []
    monkeypatch.setattr(shell.workspace, "show_meeting", opened.append)
    shell.meetings.new_meeting()
    qtbot.waitUntil(lambda: opened != [], timeout=10_000)
    meeting = run_op(qtbot, demo_window, lambda v: v.store.get(Meeting, opened[0]))
    assert meeting.title == "New meeting"
    qtbot.waitUntil(lambda: shell.meetings.model.total == 7)


def test_search_finds_khmer_and_latin_and_opens_the_entry(qtbot, demo_window, monkeypatch) -> None:
    shell = demo_window.shell
    entries: list[tuple[str, str]] = []
    monkeypatch.setattr(shell.workspace, "open_entry", lambda t, r: entries.append((t, r)))
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.navigation.current_key == "search"
    assert shell.search.field.hasFocus()
    model = shell.search.model
    with qtbot.waitSignal(model.loaded, timeout=5000):
        type_khmer(shell.search.field, "សហជីព")
        qtbot.keyClick(shell.search.field, Qt.Key.Key_Return)
    assert model.total == 2
    kinds = {model.row_at(i).table for i in range(model.rowCount())}
    assert kinds == {"action_items", "minute_entries"}
    html = model.index(0, 1).data(Qt.ItemDataRole.UserRole + 1)
    assert "<b>សហជីព</b>" in html
    row = _row_where(model, lambda h: h.table == "minute_entries")
    _select_row(shell.search.view, row)
    shell.search.view.setFocus()
    qtbot.keyClick(shell.search.view, Qt.Key.Key_Return)
    assert entries == [("minute_entries", model.row_at(row).record_id)]
    assert demo_window.navigation.current_key == "meeting"
    # A person found by search opens in the directory.
    demo_window.show_screen("search")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        shell.search.search("Rathana")
    row = _row_where(model, lambda h: h.table == "people")
    shell.search.view.activated.emit(model.index(row, 0))
    assert demo_window.navigation.current_key == "directory"
    qtbot.waitUntil(lambda: "Pov Rathana" in shell.directory.person_details.text())


def test_mark_done_and_undo(qtbot, demo_window) -> None:
    screen = demo_window.shell.actions
    demo_window.show_screen("actions")
    model = screen.model
    assert model.total > 0
    assert {r.status for r in model.rows()} <= {"open", "in_progress"}
    row = _row_where(model, lambda r: r.text.startswith("Recruit and train"))
    item_id = model.row_at(row).id
    _select_row(screen.view, row)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert item_id not in {r.id for r in model.rows()}
    item = run_op(qtbot, demo_window, lambda v: v.store.get(ActionItem, item_id))
    assert item.status == ActionStatus.DONE and item.completed_on
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    item = run_op(qtbot, demo_window, lambda v: v.store.get(ActionItem, item_id))
    assert (item.status, item.completed_on) == (ActionStatus.IN_PROGRESS, "")
    assert item_id in {r.id for r in model.rows()}


def test_carry_open_items_to_the_next_meeting_and_undo(qtbot, demo_window) -> None:
    screen = demo_window.shell.actions
    model = screen.model
    row = _row_where(model, lambda r: r.text.startswith("Lobby the Ministry"))
    item_id = model.row_at(row).id
    before = run_op(qtbot, demo_window, lambda v: v.store.get(ActionItem, item_id))
    source = before.followup_meeting_id or before.origin_meeting_id

    def next_meeting(vault):
        from app.storage.actions import next_in_series

        return next_in_series(vault.store, vault.store.get(Meeting, source)).id

    target = run_op(qtbot, demo_window, next_meeting)
    _select_row(screen.view, row)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.mouseClick(screen.carry_button, Qt.MouseButton.LeftButton)
    assert "carried to" in screen.notice_label.text()

    def followups(vault):
        items = vault.store.select(ActionItem, "status IN ('open', 'in_progress')")
        return {i.id: i.followup_meeting_id for i in items}

    after = run_op(qtbot, demo_window, followups)
    assert after[item_id] == target
    moved = {i for i, f in after.items() if f == target}
    assert len(moved) >= 2
    with qtbot.waitSignal(model.loaded, timeout=5000):
        screen.undo_stack.undo()
    undone = run_op(qtbot, demo_window, followups)
    assert undone[item_id] == before.followup_meeting_id
    with qtbot.waitSignal(model.loaded, timeout=5000):
        screen.undo_stack.redo()
    assert run_op(qtbot, demo_window, followups) == after


def test_carry_over_without_a_next_meeting_says_so(qtbot, demo_window) -> None:
    screen = demo_window.shell.actions
    model = screen.model
    row = _row_where(model, lambda r: r.text.startswith("Agree the venue"))
    _select_row(screen.view, row)
    errors: list[object] = []
    demo_window.ops.failed.connect(errors.append)
    screen.carry_over()
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert "no later meeting" in errors[0].user_message
    assert screen.undo_stack.count() == 0


def test_action_filters(qtbot, demo_window) -> None:
    screen = demo_window.shell.actions
    model = screen.model
    screen.status_combo.setCurrentIndex(screen.status_combo.findText("Done"))
    with qtbot.waitSignal(model.loaded):
        screen.apply_filter()
    assert model.total == 5 and {r.status for r in model.rows()} == {"done"}
    screen.status_combo.setCurrentIndex(screen.status_combo.findText("Any status"))
    picker = screen.owner_filter.picker
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(picker, "Pov Rath")
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert [r.owner_name for r in model.rows()] == ["Pov Rathana"]
    assert "Pov Rathana" in screen.owner_filter.person_chip.text()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.mouseClick(screen.owner_filter.person_chip, Qt.MouseButton.LeftButton)
    assert model.total > 1
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(picker, "Garment Workers")
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert len(model.rows()) == 2  # the union's own item and its president's


def test_overdue_items_stand_out(qtbot, demo_window) -> None:
    model = demo_window.shell.actions.model
    late = _row_where(model, model.is_overdue)
    font = model.index(late, 1).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert model.index(late, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    on_time = [i for i, r in enumerate(model.rows()) if not model.is_overdue(r)]
    for i in on_time:
        assert model.index(i, 1).data(Qt.ItemDataRole.FontRole) is None


def test_directory_add_person_and_history(qtbot, demo_window) -> None:
    screen = demo_window.shell.directory
    demo_window.show_screen("directory")
    people = screen.people.model
    total = people.total
    dialog = screen.edit_person(None)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.name_edit.setText("សុភា (Sophea)")
    dialog.code_edit.setText("Lotus 2")
    dialog.anonymous_check.setChecked(True)
    dialog.contact_edit.setPlainText("+855 12 345 678")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    wait_idle(qtbot, demo_window)
    assert people.total == total + 1
    person = run_op(qtbot, demo_window, lambda v: v.store.get(Person, saved.args[0]))
    assert person.anonymous and person.contact == "+855 12 345 678"
    assert "សុភា" in screen.person_details.text()
    # Someone who attended: the history lists sessions.
    row = _row_where(people, lambda r: r.name == "Pov Rathana")
    screen.people.view.setCurrentIndex(people.index(row, 0))
    qtbot.waitUntil(lambda: screen.history.count() > 1, timeout=5000)
    assert "NGO Leaders' Meeting" in screen.history.item(0).text()


def test_directory_organisation_members(qtbot, demo_window) -> None:
    screen = demo_window.shell.directory
    orgs = screen.orgs.model
    row = _row_where(orgs, lambda r: r.acronym == "YMD")
    screen.orgs.view.setCurrentIndex(orgs.index(row, 0))
    qtbot.waitUntil(lambda: screen.members_model.total == 2, timeout=5000)
    names = {r.name for r in screen.members_model.rows()}
    assert names == {"Ros Sreymom", "Sam Tola"}
    assert "Youth Movement" in screen.org_details.text()


def test_lists_reload_after_the_meeting_changed(qtbot, demo_window) -> None:
    shell = demo_window.shell
    meeting_id = shell.meetings.model.row_at(0).id

    def rename(vault):
        meeting = vault.store.get(Meeting, meeting_id)
        vault.store.update(meeting, title="Renamed in the workspace")

    run_op(qtbot, demo_window, rename)
    shell.workspace.meeting_changed.emit(meeting_id)
    demo_window.show_screen("actions")
    with qtbot.waitSignal(shell.meetings.model.loaded):
        demo_window.show_screen("meetings")
    assert shell.meetings.model.row_at(0).title == "Renamed in the workspace"


def test_new_meeting_opens_on_overview_with_the_cursor_in_title(qtbot, demo_window) -> None:
    """Issue 9 item 18: whatever tab was last used, typing goes into the new meeting's title."""
    shell = demo_window.shell
    ws = shell.workspace
    shell.show_meeting(shell.meetings.model.row_at(0).id)
    qtbot.waitUntil(lambda: ws.loaded is not None, timeout=10_000)
    ws.tabs.setCurrentIndex(ws.tabs.count() - 1)  # the Report tab, last used
    qtbot.keyClick(demo_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: ws.loaded is not None and ws.loaded.detail.meeting.title == "New meeting",
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: ws.overview.title.hasFocus(), timeout=5_000)
    assert ws.tabs.currentWidget() is ws.overview
    qtbot.keyClicks(ws.overview.title, "Pre-session")
    assert ws.overview.title.text() == "Pre-session"  # typed over the placeholder title


def test_directory_shows_people_added_in_a_meeting_without_a_filter(qtbot, demo_window) -> None:
    """Issue 9 item 16: people added from the Programme tab appear when the directory is next
    shown; renaming our own organisation renames it in the status bar."""
    shell = demo_window.shell
    screen = shell.directory
    demo_window.show_screen("directory")
    qtbot.waitUntil(lambda: screen.people.model.total > 0, timeout=5000)
    before = screen.people.model.total
    ws = shell.workspace
    shell.show_meeting(shell.meetings.model.row_at(0).id)
    qtbot.waitUntil(lambda: ws.loaded is not None, timeout=10_000)
    ws.tabs.setCurrentWidget(ws.programme)
    att = ws.programme.attendance
    att.new_name.setFocus()
    qtbot.keyClicks(att.new_name, "Hans Fridlund")
    qtbot.keyClick(att.new_name, Qt.Key.Key_Return)
    wait_idle(qtbot, demo_window)
    with qtbot.waitSignal(screen.people.model.loaded, timeout=5000):
        demo_window.show_screen("directory")
    assert screen.people.filter_edit.text() == ""
    qtbot.waitUntil(lambda: screen.people.model.total == before + 1, timeout=5000)
    assert any(r.name == "Hans Fridlund" for r in screen.people.model.rows())

    own = run_op(qtbot, demo_window, lambda v: v.org_id)
    assert demo_window.org_label.text() != ""
    dialog = screen.edit_organisation(own)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.name_edit.setText("Renamed Centre")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: demo_window.org_label.text() == "Renamed Centre", timeout=5000)


def test_organisation_contact_details_are_entered_in_the_dialog(qtbot, demo_window) -> None:
    """Issue 9 item 3: address, phone, e-mail and website, and whether they are published."""
    from app.domain.records import Organisation

    screen = demo_window.shell.directory
    dialog = screen.edit_organisation(None)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.name_edit.setText("UPR Info")
    dialog.address_edit.setPlainText("Rue de Varembé 3\n1202 Geneva, Switzerland")
    dialog.phone_edit.setText("+41 (0) 22 321 77 70")
    dialog.email_edit.setText("info@upr-info.org")
    dialog.website_edit.setText("http://www.upr.info")
    dialog.contact_public.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    org = run_op(qtbot, demo_window, lambda v: v.store.get(Organisation, saved.args[0]))
    assert org.address == "Rue de Varembé 3\n1202 Geneva, Switzerland"
    assert (org.phone, org.email, org.website) == (
        "+41 (0) 22 321 77 70",
        "info@upr-info.org",
        "http://www.upr.info",
    )
    assert not org.contact_private
    qtbot.waitUntil(lambda: "published" in screen.org_details.text(), timeout=5000)
    again = screen.edit_organisation(org.id)
    qtbot.waitUntil(again.isEnabled)
    assert again.email_edit.text() == "info@upr-info.org" and again.contact_public.isChecked()


def test_directory_history_names_roles_in_the_interface_language(qtbot, qapp, demo_window) -> None:
    """Session roles are stored in English; a person's attendance history showed them so in
    the Khmer interface."""
    from app.ui import language
    from app.ui.meeting.session_roles import ROLES

    screen = demo_window.shell.directory
    demo_window.show_screen("directory")
    people = screen.people.model
    language.install(qapp, "km")
    try:
        row = _row_where(people, lambda r: r.name == "Pov Rathana")
        screen.people.view.setCurrentIndex(people.index(row, 0))
        qtbot.waitUntil(lambda: screen.history.count() > 1, timeout=5000)
        texts = [screen.history.item(i).text() for i in range(screen.history.count())]
        khmer = {f"({language_label})" for language_label in _khmer_roles(ROLES)}
        assert any(label in text for text in texts for label in khmer), texts
        assert not any(f"({key})" in text for text in texts for _, key in ROLES), texts
    finally:
        language.uninstall(qapp)


def _khmer_roles(roles: list[tuple[str, str]]) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    return [QCoreApplication.translate("AttendancePanel", label) for label, _ in roles]


def test_meeting_filters_write_years_as_the_interface_and_series_names_on_one_line(
    qapp, demo_window
) -> None:
    from app.ui import language

    screen = demo_window.shell.meetings
    language.install(qapp, "km")
    try:
        screen._show_choices(([2025, 2026], [("s1", "Quarterly \u202emeeting\nof leaders")]))
        years = [screen.year_combo.itemText(i) for i in range(screen.year_combo.count())]
        series = [screen.series_combo.itemText(i) for i in range(screen.series_combo.count())]
    finally:
        language.uninstall(qapp)
    assert "២០២៥" in years and "2025" not in years
    assert screen.year_combo.itemData(years.index("២០២៥")) == 2025  # the filter gets the number
    assert "Quarterly meeting of leaders" in series

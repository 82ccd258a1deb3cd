"""Rows of long minute entries are fitted to their text a little at a time (issue 14): never
more than a time budget per turn of the event loop, only the rows in view, and every row in
view ends up fitted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.records import ActionItem, MinuteEntry
from app.ui.meeting import widgets
from app.ui.meeting.actions import is_overdue
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.widgets import VisibleRowHeights, fit_columns, table_view

LONG = "the coalition discussed the matter at length and agreed on the next steps " * 6


def _view(qtbot, n: int):
    model = RowsModel(
        [
            Column("Speaker", lambda e: "Sok"),
            Column("Entry", lambda e: e.text),
        ],
        dim=lambda e: e.confidential,
    )
    model.set_rows(
        [
            MinuteEntry(agenda_item_id="a", meeting_id="m", text=f"{i}: {LONG}", position=i)
            for i in range(n)
        ]
    )
    view = table_view(model)
    qtbot.addWidget(view)
    fit_columns(view, [1], wrap_rows=True)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _fitted_rows(view) -> list[int]:
    default = view.verticalHeader().defaultSectionSize()
    return [r for r in range(view.model().rowCount()) if view.rowHeight(r) > default]


def test_rows_in_view_are_fitted_a_turn_at_a_time(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(VisibleRowHeights, "BUDGET_S", 0.0)  # one row per turn
    calls: list[int] = []
    real = widgets.QTableView.resizeRowToContents

    def counting(self, row: int) -> None:
        calls.append(row)
        real(self, row)

    monkeypatch.setattr(widgets.QTableView, "resizeRowToContents", counting)
    view = _view(qtbot, 150)
    fitter = view.findChild(VisibleRowHeights)
    calls.clear()
    fitter._restart()
    fitter._fit()  # one turn: one row, the rest is left to the next turns
    assert calls == [0]
    qtbot.waitUntil(lambda: not fitter._timer.isActive() and fitter._resume == -1)
    fitted = _fitted_rows(view)
    assert fitted and fitted[0] == 0
    in_view = [r for r in range(150) if view.rowViewportPosition(r) < view.viewport().height()]
    assert set(in_view) <= set(fitted)  # every row in view shows its whole text
    assert len(fitted) < 40  # rows below the view wait until they are scrolled to
    assert len(set(calls)) == len(calls)  # no row measured twice for one change


def test_scrolling_fits_the_rows_that_come_into_view(qtbot) -> None:
    view = _view(qtbot, 150)
    fitter = view.findChild(VisibleRowHeights)
    qtbot.waitUntil(lambda: not fitter._timer.isActive())
    before = _fitted_rows(view)
    view.scrollTo(view.model().index(120, 1))
    qtbot.waitUntil(lambda: not fitter._timer.isActive() and view.rowAt(0) > 60)

    def in_view() -> list[int]:
        bottom = view.viewport().height()
        return [r for r in range(view.rowAt(0), 150) if view.rowViewportPosition(r) < bottom]

    qtbot.waitUntil(lambda: not fitter._timer.isActive() and bool(in_view()))
    assert set(in_view()) <= set(_fitted_rows(view))
    assert not set(in_view()) & set(before)  # fitted now, not when the view opened


def test_row_data_answers_only_its_roles(qtbot) -> None:
    model = RowsModel(
        [Column("Entry", lambda e: e.text, tooltip="Double-click or F2 to edit")],
        dim=lambda e: e.confidential,
    )
    entry = MinuteEntry(agenda_item_id="a", meeting_id="m", text="x\u202ey", confidential=True)
    model.set_rows([entry])
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "xy"  # the bidi override is not shown
    assert index.data(Qt.ItemDataRole.EditRole) == "x\u202ey"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Double-click or F2 to edit"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # dimmed: confidential
    assert index.data(Qt.ItemDataRole.FontRole) is None
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole, 1000):
        assert model.data(index, role) is None


def test_overdue_reads_statuses_without_enum_conversion() -> None:
    today = "2026-02-01"
    for status, overdue in (("open", True), ("in_progress", True), ("done", False)):
        item = ActionItem(text="t", origin_meeting_id="m", due_date="2026-01-01", status=status)
        assert is_overdue(item, today) is overdue
    assert not is_overdue(ActionItem(text="t", origin_meeting_id="m", status="dropped"), today)
    unknown = ActionItem(text="t", origin_meeting_id="m", due_date="2026-01-01", status="odd")
    assert is_overdue(unknown, today)  # a status this version does not know is not closed


def test_listing_models_answer_their_roles_and_only_those(qtbot) -> None:
    """ActionsModel and MeetingsModel list the roles their cells answer; every role a cell
    answers must be listed, or Qt would never see it."""
    from app.storage import queries
    from app.ui.models.actions import ActionsModel
    from app.ui.models.meetings import MeetingsModel

    class NoOps:
        def run(self, *args, **kwargs) -> None:
            pass

    action = queries.ActionRow(
        **{
            f: ("2020-01-01" if f == "due_date" else "open" if f == "status" else "x")
            for f in queries.ActionRow.__dataclass_fields__
        }
    )
    meeting = queries.MeetingRow(
        **{
            f: ("2020-01-01" if f.endswith("date") else "x")
            for f in queries.MeetingRow.__dataclass_fields__
        }
    )
    for model, row in ((ActionsModel(NoOps()), action), (MeetingsModel(NoOps()), meeting)):
        assert model.ROLES is not None
        for column in range(len(model.COLUMNS)):
            for role in range(0, 300):
                answered = model.cell(row, column, role)
                if answered is not None:
                    assert role in model.ROLES, (type(model).__name__, role)


def test_highlighted_rows_follow_the_palette(qtbot, qapp) -> None:
    from PySide6.QtGui import QPalette

    from app.ui.colours import contrast, dark_palette

    model = RowsModel([Column("Entry", lambda e: e.text)], highlight=lambda e: True)
    model.set_rows([MinuteEntry(agenda_item_id="a", meeting_id="m", text="late", position=0)])
    original = qapp.palette()
    try:
        for pal in (original, dark_palette(), original):
            qapp.setPalette(pal)
            brush = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
            base = pal.color(QPalette.ColorRole.Base)
            assert contrast(brush.color(), base) >= 4.5
            assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    finally:
        qapp.setPalette(original)

"""Rows of long minute entries are fitted to their text a little at a time (issue 14): never
more than a time budget per turn of the event loop, only the rows in view, and every row in
view ends up fitted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.records import ActionItem, MinuteEntry
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
    real = RowsModel.row_texts

    def counting(self, row: int):
        calls.append(row)
        return real(self, row)

    monkeypatch.setattr(RowsModel, "row_texts", counting)
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


KHMER = "កិច្ចប្រជុំបានពិភាក្សាអំពីសិទ្ធិមនុស្ស ហើយបានសម្រេចជំហានបន្ទាប់ "


def _mixed_view(qtbot, qapp):
    """Rows of every kind a meeting table shows: short, long and wrapped, Khmer (stacked
    consonants, drawn with the bundled Khmer font), highlighted (bold), empty cells."""
    from app.ui.fonts import register_fonts

    register_fonts(qapp)
    texts = ["short", LONG, KHMER * 4, "", "x", KHMER, LONG[:90], "ប្ដូរ"]
    model = RowsModel(
        [
            Column("Who", lambda e: "Sok" if e.position % 3 else KHMER[:12]),
            Column("Entry", lambda e: e.text),
            Column("Due", lambda e: "2025-12-31 (overdue)" if e.confidential else ""),
        ],
        highlight=lambda e: e.confidential,
    )
    model.set_rows(
        [
            MinuteEntry(
                agenda_item_id="a",
                meeting_id="m",
                text=texts[i % len(texts)],
                position=i,
                confidential=i % 4 == 1,
            )
            for i in range(40)
        ]
    )
    view = table_view(model)
    qtbot.addWidget(view)
    fit_columns(view, [1], wrap_rows=True)
    view.resize(700, 2000)  # every row in view
    view.show()
    qtbot.waitExposed(view)
    return view


def test_fitted_heights_and_widths_are_qts_own(qtbot, qapp) -> None:
    """Rows are fitted from cached cell measures and columns from the font's metrics: the
    heights and widths are those Qt's own fitting gives, for Khmer and bold text too."""
    from PySide6.QtWidgets import QHeaderView

    view = _mixed_view(qtbot, qapp)
    fitter = view.findChild(VisibleRowHeights)
    qtbot.waitUntil(lambda: not fitter._timer.isActive())
    ours = [view.rowHeight(r) for r in range(40)]
    widths = [view.columnWidth(c) for c in (0, 2)]
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(-1)  # Qt measures every row, as ContentColumns does
    for col in (0, 2):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    for col in (0, 2):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
    assert [view.columnWidth(c) for c in (0, 2)] == widths
    for r in range(40):
        view.resizeRowToContents(r)
    assert [view.rowHeight(r) for r in range(40)] == ours
    assert len(set(ours)) > 2  # wrapped, Khmer and single-line rows differ


def test_rows_of_a_tab_first_shown_are_fitted_before_its_first_paint(qtbot, qapp) -> None:
    """A table on a tab not in view is measured when the tab is shown, and its first paint
    already has every row in view at its full height (none drawn cut off for a frame)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel, QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    model = RowsModel([Column("Speaker", lambda e: "Sok"), Column("Entry", lambda e: e.text)])
    view = table_view(model)
    fit_columns(view, [1], wrap_rows=True)
    tabs.addTab(view, "Entries")
    tabs.resize(600, 500)
    tabs.show()
    qtbot.waitExposed(tabs)
    model.set_rows(
        [
            MinuteEntry(agenda_item_id="a", meeting_id="m", text=f"{i}: {LONG}", position=i)
            for i in range(60)
        ]
    )
    qtbot.wait(50)
    default = view.verticalHeader().defaultSectionSize()
    assert all(view.rowHeight(r) == default for r in range(60))  # hidden: not measured

    painted: list[list[int]] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                bottom = view.viewport().height()
                in_view = [r for r in range(60) if view.rowViewportPosition(r) < bottom]
                painted.append([view.rowHeight(r) for r in in_view])
            return False

    spy = FirstPaint()
    view.viewport().installEventFilter(spy)
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(painted))
    qtbot.wait(50)  # whatever fitting is left runs now
    assert painted[0] and all(h > default for h in painted[0])  # long entries: taller rows
    settled = [view.rowHeight(r) for r in range(len(painted[0]))]
    assert painted[0] == settled  # nothing was refitted after the first paint


def test_columns_and_rows_follow_a_larger_font(qtbot, qapp) -> None:
    """Zooming in (a larger font) refits the columns and the rows in view, as Qt's own fitting
    followed the font; the heights remembered in the old font are not reused."""
    from PySide6.QtGui import QFont

    view = _mixed_view(qtbot, qapp)
    fitter = view.findChild(VisibleRowHeights)
    qtbot.waitUntil(lambda: not fitter._timer.isActive())
    widths = [view.columnWidth(c) for c in (0, 2)]
    heights = [view.rowHeight(r) for r in range(6)]
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(font)
    qtbot.waitUntil(lambda: [view.columnWidth(c) for c in (0, 2)] != widths)
    qtbot.waitUntil(lambda: not fitter._timer.isActive())
    assert all(a > b for a, b in zip([view.columnWidth(c) for c in (0, 2)], widths, strict=True))
    assert all(a > b for a, b in zip([view.rowHeight(r) for r in range(6)], heights, strict=True))
    for r in range(6):
        before = view.rowHeight(r)
        view.resizeRowToContents(r)
        assert view.rowHeight(r) == before

"""What the lists' cells answer Qt, role by role (issue 14: the action list's sort reaches the
screen as fast as a minimal Qt list). The texts a row shows are kept from its first paint:
they must be the texts the list showed before they were kept, and follow the language and
the day."""

from __future__ import annotations

import datetime as dt
import types

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont, QPalette

from app.domain.date_entry import format_date
from app.storage.queries import ActionRow
from app.ui import language
from app.ui.colours import error_colour
from app.ui.models import paged
from app.ui.models.actions import ActionsModel
from app.ui.plain_text import shown, tooltip

TODAY = dt.date(2026, 12, 2)


def _row(i: int, text: str, status: str, due: str, owner: str, title: str) -> ActionRow:
    return ActionRow(f"id{i}", text, status, due, "person", "", owner, "meeting", title, "")


# (row, what its five cells show, overdue): the values the list answered before its texts
# were kept (measured on the code before the change, all 14 roles of every cell).
ROWS = [
    (
        _row(0, "Send the letter", "open", "2020-01-02", "Pov Rathana", "Monthly meeting"),
        ("2020-01-02 (overdue)", "Send the letter", "Pov Rathana", "Open", "Monthly meeting"),
        True,
    ),
    (  # a partner's hostile text: bidi override and ESC dropped, markup shown as written
        _row(1, "a\u202eb\x1bc", "in_progress", "2026-12-01", "Org<img src=x>", "L1\nL2"),
        ("2026-12-01 (overdue)", "ab\ufffdc", "Org<img src=x>", "In progress", "L1\nL2"),
        True,
    ),
    (
        _row(2, "Book the room", "open", "2099-01-01", "Sam Tola", "AGM"),
        ("2099-01-01", "Book the room", "Sam Tola", "Open", "AGM"),
        False,
    ),
    (  # done: an old due date is not overdue
        _row(3, "Old but done", "done", "2020-01-02", "", "AGM"),
        ("2020-01-02", "Old but done", "", "Done", "AGM"),
        False,
    ),
    (
        _row(4, "No date", "open", "", "Sam Tola", "AGM"),
        ("", "No date", "Sam Tola", "Open", "AGM"),
        False,
    ),
]
DISPLAY, TOOLTIP, FONT, FOREGROUND, DESCRIPTION = 0, 3, 6, 9, 12


class _Ops:
    """Runs a listing at once (no vault, no thread)."""

    def run(self, task, on_done=None, **_):  # type: ignore[no-untyped-def]
        on_done(task(types.SimpleNamespace(conn=None)))


def _model(rows: list[ActionRow]) -> ActionsModel:
    model = ActionsModel(_Ops(), today=TODAY)
    model.first = lambda conn, query, sort_key, descending, limit: (len(rows), rows)  # type: ignore[method-assign]
    model.activate()
    return model


def _answer(model: ActionsModel, row: int, column: int, role: int) -> object:
    value = model.data(model.index(row, column), role)
    if isinstance(value, QFont):
        return ("font", value.bold())
    if isinstance(value, QBrush):
        return ("brush", value.color().name())
    return value


def test_action_cells_answer_every_role_as_before(qapp) -> None:
    model = _model([r for r, _, _ in ROWS])
    red = ("brush", error_colour(role=QPalette.ColorRole.Base).name())
    for _ in range(2):  # the first paint works the texts out, the next ones keep them
        for r, (row, texts, overdue) in enumerate(ROWS):
            for column in range(5):
                expected: dict[int, object] = {DISPLAY: texts[column]}
                if column == 1:
                    expected[TOOLTIP] = tooltip(row.text)
                if overdue:
                    expected |= {FONT: ("font", True), FOREGROUND: red, DESCRIPTION: "Overdue"}
                for role in range(14):
                    assert _answer(model, r, column, role) == expected.get(role), (r, column, role)
    invalid = model.index(-1, -1)
    assert model.data(invalid, DISPLAY) is None and model.data(invalid, FONT) is None


def test_kept_texts_follow_the_language(qapp) -> None:
    model = _model([ROWS[0][0]])
    assert _answer(model, 0, 3, DISPLAY) == "Open"
    language.install(qapp, "km")
    try:
        khmer = QCoreApplication.translate("ActionsModel", "Open")
        assert khmer != "Open"
        assert _answer(model, 0, 3, DISPLAY) == khmer
        assert format_date("2020-01-02", "km") in _answer(model, 0, 0, DISPLAY)  # type: ignore[operator]
    finally:
        language.uninstall(qapp)
    assert _answer(model, 0, 3, DISPLAY) == "Open"
    assert _answer(model, 0, 0, DISPLAY) == "2020-01-02 (overdue)"


def test_kept_texts_follow_the_day(qtbot) -> None:
    due = _row(9, "Pay the venue", "open", "2026-12-01", "Sam Tola", "AGM")
    model = _model([due])
    model.set_today(dt.date(2026, 11, 30))
    assert _answer(model, 0, 0, DISPLAY) == "2026-12-01"
    assert _answer(model, 0, 0, FONT) is None
    with qtbot.waitSignal(model.dataChanged, timeout=1000):  # the view paints it again
        model.set_today(TODAY)
    assert _answer(model, 0, 0, DISPLAY) == "2026-12-01 (overdue)"
    assert _answer(model, 0, 0, FONT) == ("font", True)


def test_a_cell_shows_its_text_as_shown_would() -> None:
    """The cells skip `shown` for text with nothing unprintable: the same text either way."""
    for code in range(0x10000):
        text = f"a{chr(code)}b"
        assert paged._shown(text) == shown(text), hex(code)
    mixed = ("", "plain", "ខ្មែរ\u200bភាសា", "tab\there", "cr\r\nlf", "\u2066iso\u2069", "x\x85y")
    for text in mixed:
        assert paged._shown(text) == shown(text), repr(text)
    assert paged._shown(None) is None and paged._shown(3) == 3


def test_texts_read_while_the_language_changes_are_not_kept(qapp) -> None:
    """Qt sends LanguageChange from inside the switch: a cell read then (by anything that
    handles it) must not be kept as the new language's text."""
    from PySide6.QtCore import QEvent, QObject

    language.install(qapp, "en")  # a translator installed: the switch removes it first
    model = _model([ROWS[0][0]])
    assert _answer(model, 0, 3, DISPLAY) == "Open"

    class Reader(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is qapp and event.type() == QEvent.Type.LanguageChange:
                model.data(model.index(0, 3), DISPLAY)
            return False

    reader = Reader()
    qapp.installEventFilter(reader)
    try:
        language.install(qapp, "km")
        assert _answer(model, 0, 3, DISPLAY) == QCoreApplication.translate("ActionsModel", "Open")
    finally:
        qapp.removeEventFilter(reader)
        language.uninstall(qapp)
    assert _answer(model, 0, 3, DISPLAY) == "Open"


def test_a_sort_made_while_signals_are_blocked_still_loads(qapp) -> None:
    """The sort's query is posted, not signalled: blocked signals dropped it, and every later
    query waited behind it (the list loading for ever)."""
    from PySide6.QtCore import Qt

    asked: list[str | None] = []
    rows = [r for r, _, _ in ROWS]

    def first(conn, query, sort_key, descending, limit):  # type: ignore[no-untyped-def]
        asked.append(sort_key)
        return len(rows), rows

    model = ActionsModel(_Ops(), today=TODAY)
    model.first = first  # type: ignore[method-assign]
    model.activate()
    asked.clear()
    model.blockSignals(True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.blockSignals(False)
    QCoreApplication.sendPostedEvents()
    assert asked == [model.COLUMNS[1].sort_key]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    QCoreApplication.sendPostedEvents()
    assert asked[-1] == model.COLUMNS[2].sort_key and not model.is_loading


def _option(view, index) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """What Qt's delegate makes of a cell (QStyledItemDelegate.initStyleOption)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    return (
        option.text,
        option.font.bold(),
        option.palette.color(QPalette.ColorRole.Text).name(),
        int(option.displayAlignment.value),
        int(option.features.value),
        option.backgroundBrush.style(),
    )


def test_one_call_per_cell_gives_the_delegate_what_seven_did(qtbot) -> None:
    """Qt's delegate asks a painted cell's seven roles in one call (`multiData`), answered in
    one call into Python. Overdue rows next to plain ones: the delegate keeps one span for
    every cell, so a bold or red left from the cell before would show."""
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QTableView

    calls: list[int] = []

    class Counting(ActionsModel):
        def data(self, index, role=0):  # type: ignore[no-untyped-def]
            calls.append(role)
            return super().data(index, role)

    class RoleByRole(Counting):
        def multiData(self, index, span) -> None:  # type: ignore[no-untyped-def]
            QAbstractItemModel.multiData(self, index, span)  # Qt's own: `data` per role

    rows = [r for r, _, _ in ROWS] * 3
    views = []
    for cls in (Counting, RoleByRole):
        model = cls(_Ops(), today=TODAY)
        model.first = lambda conn, query, sort_key, descending, limit: (len(rows), rows)  # type: ignore[method-assign]
        model.activate()
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(900, 600)
        view.show()
        views.append(view)
    qtbot.waitExposed(views[1])
    one, seven = views
    cells = [(r, c) for r in range(len(rows)) for c in range(5)]
    for r, c in cells:
        assert _option(one, one.model().index(r, c)) == _option(seven, seven.model().index(r, c)), (
            r,
            c,
        )
    calls.clear()
    for r, c in cells:
        _option(seven, seven.model().index(r, c))
    assert len(calls) == 7 * len(cells)  # the check can see `data` calls
    calls.clear()
    for r, c in cells:
        _option(one, one.model().index(r, c))
    assert calls == []  # one call per cell, none to `data`
    assert one.grab().toImage() == seven.grab().toImage()
    bold = [_option(one, one.model().index(r, 0))[1] for r in range(len(ROWS))]
    assert bold == [overdue for _, _, overdue in ROWS]


def test_a_delegate_shared_with_another_model_leaves_nothing_in_a_cell(qapp) -> None:
    """Qt's delegate keeps one span of roles for every cell it styles, whatever the model: the
    roles these lists never answer must not keep another model's values."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPixmap, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    other = QStandardItemModel(1, 1)
    item = QStandardItem("other")
    item.setCheckable(True)
    item.setCheckState(Qt.CheckState.Checked)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight)
    pixmap = QPixmap(8, 8)
    pixmap.fill(QColor("red"))
    item.setIcon(pixmap)
    item.setBackground(QColor("yellow"))
    other.setItem(0, 0, item)
    model = _model([r for r, _, _ in ROWS])
    delegate = QStyledItemDelegate()

    def styled(index) -> QStyleOptionViewItem:  # type: ignore[no-untyped-def]
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        return option

    fresh = styled(model.index(2, 1))
    styled(other.index(0, 0))
    after = styled(model.index(2, 1))
    assert after.text == fresh.text == "Book the room"
    assert after.checkState == fresh.checkState
    assert after.displayAlignment == fresh.displayAlignment
    assert after.icon.isNull() and after.backgroundBrush.style() == Qt.BrushStyle.NoBrush

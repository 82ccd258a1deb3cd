"""Search everywhere: meetings, minutes, actions, people. Choosing a result opens it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.search import Hit
from app.ui.models.search import HTML_ROLE, SearchModel
from app.ui.numbers import counted
from app.ui.ops import Ops
from app.ui.screens.table import make_table_view


class HtmlDelegate(QStyledItemDelegate):
    """Paints `HTML_ROLE` (escaped text with <b> highlights) instead of the display text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(markup)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        clip = QRectF(0, 0, opt.rect.width(), opt.rect.height())
        painter.setClipRect(clip)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))


class SearchScreen(QWidget):
    hit_chosen = Signal(object)  # app.storage.search.Hit

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchModel(ops, self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(
            self.tr("Search meetings, minutes, action items and people (Ctrl+F)")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search"))
        self.view = make_table_view(self.model, self, sortable=False, stretch=1)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setItemDelegateForColumn(1, HtmlDelegate(self.view))
        self.view.setColumnWidth(0, 110)
        self.view.setColumnWidth(2, 280)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self.run_search)
        self.view.activated.connect(self._activated)
        self.model.loaded.connect(self._show_summary)

    def on_vault_opened(self) -> None:
        self.model.activate()

    def clear_vault_data(self) -> None:
        self.field.setText("")  # clear() would keep it in the undo history
        self._timer.stop()  # after: the emptied field started it
        self.model.clear()
        self.summary.clear()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self, text: str) -> None:
        self.field.setText(text)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self.model.set_query(self.field.text())
        if not self.field.text().strip():
            self.summary.clear()

    def _show_summary(self) -> None:
        self.summary.setText(counted(self.tr("%n result(s)", "", self.model.total)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit: Hit = self.model.row_at(index.row())
            self.hit_chosen.emit(hit)

"""Printing a report (issue 16): Ctrl+P in a meeting opens a print preview of its report, laid
out like the PDF, in the report's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from tests.i18n.test_pseudo_locale import _first_meeting
from tests.ui.conftest import wait_idle


def _open_preview(qtbot, window) -> QPrintPreviewDialog:
    sh = window.shell
    sh.show_meeting(_first_meeting(qtbot, window))
    wait_idle(qtbot, window)
    ws = sh.workspace
    ws.tabs.setCurrentIndex(0)
    ws.tabs.currentWidget().setFocus()
    qtbot.keyClick(ws.tabs.currentWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sh.report.print_preview is not None, timeout=20_000)
    dialog = sh.report.print_preview
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    return dialog


def test_ctrl_p_opens_a_print_preview_of_the_report(qtbot, demo_window, tmp_path) -> None:
    dialog = _open_preview(qtbot, demo_window)
    assert demo_window.shell.workspace.tabs.currentWidget() is demo_window.shell.report
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=20_000)
    assert dialog.windowTitle().startswith("Print preview: ")
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "preview.png"))
    dialog.reject()


def test_the_printed_pages_are_the_pdf_pages(qtbot, demo_window, tmp_path) -> None:
    """Printing to a PDF file (what a PDF printer does) gives as many pages as the export."""
    from app.ui.reports.report_print import new_printer, paint_report
    from tests.ui.conftest import run_op

    sh = demo_window.shell
    meeting_id = _first_meeting(qtbot, demo_window)

    def build(vault):
        from app.reports import meeting_document

        return meeting_document(vault.store, meeting_id)

    doc = run_op(qtbot, demo_window, build)
    printer = new_printer(doc.title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_report(doc, printer)
    from app.reports import render

    exported = render(doc, "pdf")
    import pypdf

    assert pages == len(pypdf.PdfReader(tmp_path / "printed.pdf").pages)
    assert pages == len(pypdf.PdfReader(__import__("io").BytesIO(exported)).pages)
    del sh

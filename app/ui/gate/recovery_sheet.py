"""The printable recovery-key sheet (PDF or printer)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.errors import DiskFull, FileNotWritten, StorageFailure
from app.storage.files import write_private_atomic
from app.ui.date_edit import shown_date


def sheet_html(org_name: str, recovery_key: str) -> str:
    today = shown_date(dt.date.today().isoformat())
    title = QCoreApplication.translate("RecoverySheet", "Roundtable recovery key")
    organisation = QCoreApplication.translate("RecoverySheet", "Organisation:")
    made_on = QCoreApplication.translate("RecoverySheet", "Made on:")
    advice = QCoreApplication.translate(
        "RecoverySheet",
        "This key unlocks the vault if the passphrase is forgotten. Anyone who holds it can "
        "read every record. Keep it offline, in a safe place, away from the computer.",
    )
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(organisation)} <b>{html.escape(org_name)}</b><br>"
        f"{html.escape(made_on)} {html.escape(today)}</p>"
        f"<p style='font-family: monospace; font-size: 20pt'>{html.escape(recovery_key)}</p>"
        f"<p>{html.escape(advice)}</p>"
    )


def render(device: QPagedPaintDevice, org_name: str, recovery_key: str) -> None:
    doc = QTextDocument()
    doc.setHtml(sheet_html(org_name, recovery_key))
    doc.print_(device)


def write_pdf(path: Path, org_name: str, recovery_key: str) -> None:
    """Runs on the worker thread (file work never happens on the GUI thread).

    The sheet is painted into memory and written 0600 from the first byte, atomically: a
    QPdfWriter on the path itself would create the file with the umask's mode (readable by
    every local account) and leave a half-written key sheet behind on failure."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(QCoreApplication.translate("RecoverySheet", "Roundtable recovery key"))
    writer.setCreator("Roundtable")
    render(writer, org_name, recovery_key)
    del writer  # flushes the trailer into the buffer
    buffer.close()
    if data.isEmpty() or path.is_dir() or not path.parent.is_dir():
        raise FileNotWritten()
    try:
        write_private_atomic(path, bytes(data.data()))
    except DiskFull:
        raise
    except (StorageFailure, OSError):
        raise FileNotWritten() from None

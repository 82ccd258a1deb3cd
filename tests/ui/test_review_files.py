"""Files the desktop app writes that hold secrets: private from the first byte."""

from __future__ import annotations

import os
import stat

import pytest

from app.errors import FileNotWritten
from app.ui.gate import recovery_sheet

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_recovery_sheet_pdf_is_private_and_atomic(qtbot, tmp_path) -> None:
    target = tmp_path / "key.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        recovery_sheet.write_pdf(target, "Org", KEY)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["key.pdf"]


def test_recovery_sheet_into_a_missing_folder_fails_cleanly(qtbot, tmp_path) -> None:
    with pytest.raises(FileNotWritten):
        recovery_sheet.write_pdf(tmp_path / "missing" / "key.pdf", "Org", KEY)

"""Writing an export: atomically, private from the first byte (STYLE 7), with our errors."""

from __future__ import annotations

from pathlib import Path

from app.errors import DiskFull, ReportWriteFailed, StorageFailure
from app.storage.files import write_private_atomic


def write_export(path: Path, data: bytes) -> None:
    """Replace `path` with `data`; on failure the old file (if any) is left as it was."""
    if path.is_dir() or not path.parent.is_dir():
        raise ReportWriteFailed()
    try:
        write_private_atomic(path, data)
    except DiskFull:
        raise
    except (StorageFailure, OSError):
        raise ReportWriteFailed() from None

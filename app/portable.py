"""Portable mode (as KeePassXC has it): Roundtable run from a USB stick keeps its settings and
its default vault beside the program, and writes nothing into the host's config folders.

It is on when a *writable* file named `.portable` sits beside the frozen program: the portable
zip ships one. Writable, because a read-only program folder (an installed copy, a locked stick)
could not hold the settings; that copy then behaves as an installed one. A copy run from Python
(a checkout, `pip install`) is never portable: its "program" is the Python interpreter.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MARKER = ".portable"


def portable_dir(executable: Path | None = None) -> Path | None:
    """The program folder in portable mode, else None. `executable` defaults to the frozen
    program's own path."""
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = Path(sys.executable)
    folder = executable.resolve().parent if executable.is_absolute() else executable.parent
    marker = folder / MARKER
    if marker.is_file() and os.access(marker, os.W_OK) and os.access(folder, os.W_OK):
        return folder
    return None


def config_dir(folder: Path) -> Path:
    """Where a portable copy keeps its settings (KeePassXC's `<appdir>/config`)."""
    return folder / "config"


def vault_dir(folder: Path) -> Path:
    """A portable copy's default vault: beside the program, on the same stick."""
    return folder / "Vault"

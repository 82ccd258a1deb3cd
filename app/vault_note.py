"""Travel mode's optional visible note: a few words the start screen shows under the vault.

Only if the user wants one: without it, nothing on disk or on the start screen tells a vault in
travel mode from one whose passphrase is simply not known (docs/threat-model.md §6.1). Plain
text in `vault.note`, read without any key, so it must say nothing the user would not write on
the laptop's lid. Light on imports: the start screen reads it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.storage.files import write_private_atomic

NOTE_NAME = "vault.note"
NOTE_MAX_CHARS = 500


def write_note(folder: Path, text: str) -> None:
    text = text.strip()[:NOTE_MAX_CHARS]
    if text:
        write_private_atomic(folder / NOTE_NAME, text.encode("utf-8"))
    else:
        remove_note(folder)


def read_note(folder: Path) -> str:
    try:
        with open(folder / NOTE_NAME, "rb") as f:
            raw = f.read(NOTE_MAX_CHARS * 4)
    except OSError:
        return ""
    return raw.decode("utf-8", errors="replace").strip()[:NOTE_MAX_CHARS]


def remove_note(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / NOTE_NAME).unlink()

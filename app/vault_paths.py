"""Where a vault lives and how to recognise one, without loading any crypto or database code.

Kept apart from `app.vault` so the desktop app can decide between its start and unlock pages
before the heavy modules are imported (the launch benchmark counts every millisecond).
"""

from __future__ import annotations

from pathlib import Path

DB_NAME = "vault.db"
# Every format-2 vault has a second database: random chaff, or the decoy a duress passphrase
# opens (docs/key-file.md). Which one it is, only a slot of the key file says.
DB_B_NAME = "vault-b.db"
DB_NAMES = (DB_NAME, DB_B_NAME)
KEY_NAME = "vault.key"
LOCK_NAME = "vault.lock"


def default_vault_dir() -> Path:
    from app import portable

    folder = portable.portable_dir()
    if folder is not None:
        return portable.vault_dir(folder)
    import platformdirs

    return Path(platformdirs.user_data_dir("Roundtable", appauthor=False))


def vault_exists(folder: Path) -> bool:
    return (folder / KEY_NAME).is_file() and (folder / DB_NAME).is_file()

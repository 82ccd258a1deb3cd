"""destroy, wipe-after (and travel, duress): border crossings and seizure (issue 13).

docs/threat-model.md §6 says what each protects against and what it cannot.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    NEW_PASSPHRASE_ENV,
    add_passphrase_arg,
    add_vault_arg,
    ask,
    passphrase,
    secret_text,
    translate,
    unlock,
    vault_dir,
)
from app.errors import InvalidInput

CONFIRM_WORD = "destroy"  # typed at the prompt; the same word in every language, like a command


def register(sub: Any) -> None:
    p = sub.add_parser(
        "destroy",
        help=translate(
            "Cli",
            "overwrite and remove this vault's key file and databases now (cannot be undone)",
        ),
    )
    add_vault_arg(p)
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "do not ask for confirmation (for scripts)"),
    )
    p.set_defaults(func=cmd_destroy)

    p = sub.add_parser(
        "wipe-after",
        help=translate(
            "Cli",
            "destroy the vault after 5, 10 or 20 wrong passphrases in a row (off by default); "
            "without a value, show the setting",
        ),
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("attempts", nargs="?", choices=["off", "5", "10", "20"], metavar="off|5|10|20")
    p.add_argument(
        "--no-warning",
        action="store_true",
        help=translate(
            "Cli", "do not warn when 3 or fewer attempts are left (the last one looks like any)"
        ),
    )
    p.set_defaults(func=cmd_wipe_after)
    register_travel_and_duress(sub)


def register_travel_and_duress(sub: Any) -> None:
    p = sub.add_parser(
        "travel",
        help=translate(
            "Cli",
            "travel mode: remove the passphrase from this computer; restore with the recovery "
            "key (passwd --recovery-key) or recovery shares (recovery restore)",
        ),
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--note",
        metavar="TEXT",
        help=translate(
            "Cli",
            "a note the start screen shows (default: none, so nothing says the vault is in "
            "travel mode)",
        ),
    )
    p.set_defaults(func=cmd_travel)

    p = sub.add_parser(
        "duress",
        help=translate(
            "Cli",
            "set up a duress passphrase: typed at any unlock, it removes the real passphrase "
            "and opens a decoy vault",
        ),
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--decoy",
        choices=["demo", "empty"],
        default="demo",
        help=translate("Cli", "what the decoy holds at first (default: demo, the sample meetings)"),
    )
    p.add_argument(
        "--decoy-org",
        metavar="NAME",
        help=translate("Cli", "the decoy's organisation name (default: yours)"),
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--change",
        action="store_true",
        help=translate("Cli", "choose a new duress passphrase, keeping the decoy"),
    )
    group.add_argument(
        "--off",
        action="store_true",
        help=translate("Cli", "remove the duress passphrase; the decoy is overwritten"),
    )
    p.add_argument(
        "--duress-passphrase-file",
        metavar="FILE",
        help=translate("Cli", "read the duress passphrase from FILE; or set {variable}").format(
            variable=NEW_PASSPHRASE_ENV
        ),
    )
    p.set_defaults(func=cmd_duress)


def remains_lines(backup_folder: Path | None = None) -> list[str]:
    """What a destroy cannot reach, in plain words (the app shows the same list)."""
    lines = []
    if backup_folder is not None:
        lines.append(
            translate(
                "Cli",
                "Backups in {folder}: each still opens with the passphrase or recovery key that "
                "was current when it was made. Delete them too if they must not survive.",
            ).format(folder=backup_folder)
        )
    lines += [
        translate(
            "Cli",
            "Any other backups or copies of the vault folder you made (USB sticks, other "
            "computers): each still opens with the passphrase or recovery key of its time.",
        ),
        translate(
            "Cli",
            "Bundles you sent to partners: their copies are in their vaults.",
        ),
        translate(
            "Cli",
            "Reports and CSV files you wrote out are ordinary files; delete them separately.",
        ),
        translate(
            "Cli",
            "A disk image taken before now keeps everything; on SSDs and some file systems "
            "old blocks can survive the overwrite.",
        ),
    ]
    return lines


def automatic_backup_folder() -> Path | None:
    """The folder the desktop app writes automatic backups to, if one is set (the app's
    settings file, read with QtCore alone: no window, no QApplication)."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    value = QSettings("Roundtable", "Roundtable").value("backup/folder", "")
    return Path(str(value)) if value else None


def _confirmed(folder: Path) -> bool:
    if not sys.stdin.isatty():
        return False
    print(
        translate(
            "Cli",
            "This overwrites and removes the vault in {folder}. It cannot be undone.",
        ).format(folder=folder)
    )
    typed = input(translate("Cli", "Type {word} to confirm: ").format(word=CONFIRM_WORD))
    return typed.strip().lower() == CONFIRM_WORD


def cmd_destroy(args: argparse.Namespace) -> int:
    from app.vault_destroy import destroy_vault

    folder = vault_dir(args)
    if not args.yes and not _confirmed(folder):
        print(
            translate("Cli", "Not confirmed; nothing was changed. (Scripts: add --yes.)"),
            file=sys.stderr,
        )
        return 2
    done = destroy_vault(folder)
    print(
        translate(
            "Cli", "Vault destroyed in {folder}: {count} files overwritten and removed."
        ).format(folder=folder, count=done.files)
    )
    print(translate("Cli", "What remains:"))
    for line in remains_lines(automatic_backup_folder()):
        print(f"  - {line}")
    return 0


def cmd_wipe_after(args: argparse.Namespace) -> int:
    from app.unlock_guard import read_guard, set_wipe_after

    if args.attempts is None:
        from app.vault import check_vault_files

        check_vault_files(vault_dir(args))  # "no vault here" rather than "off"
        guard = read_guard(vault_dir(args))
        if guard is None:
            print(translate("Cli", "Wipe after wrong passphrases: off."))
        else:
            print(
                translate(
                    "Cli",
                    "Wipe after {limit} wrong passphrases in a row: on ({failed} since the last "
                    "good one).",
                ).format(limit=guard.wipe_after, failed=guard.failed)
            )
        return 0
    attempts = 0 if args.attempts == "off" else int(args.attempts)
    with unlock(args) as vault:
        set_wipe_after(vault.folder, attempts, warn=not args.no_warning)
    if attempts:
        print(
            translate(
                "Cli",
                "On: {limit} wrong passphrases in a row destroy the vault on this computer. This "
                "stops guessing in Roundtable only, not on a copy of the disk.",
            ).format(limit=attempts)
        )
    else:
        print(translate("Cli", "Wipe after wrong passphrases: off."))
    return 0


def cmd_travel(args: argparse.Namespace) -> int:
    from app.vault import forget_passphrase_slot
    from app.vault_note import remove_note, write_note

    folder = vault_dir(args)
    unlock(args).close()  # proof: only the owner puts the vault in travel mode
    forget_passphrase_slot(folder)
    if args.note:
        write_note(folder, args.note)
    else:
        remove_note(folder)
    print(
        translate(
            "Cli",
            "Travel mode is on: the passphrase is gone from this computer. Nobody can open the "
            "vault here until it is restored with the recovery key (roundtable passwd "
            "--recovery-key) or recovery shares (roundtable recovery restore).",
        )
    )
    print(
        translate(
            "Cli",
            "Do not carry the recovery key or a share. A disk image taken before now still "
            "holds the old passphrase slot.",
        )
    )
    return 0


def _duress_passphrase(args: argparse.Namespace) -> str:
    import os

    if args.duress_passphrase_file:
        return passphrase(argparse.Namespace(passphrase_file=args.duress_passphrase_file))
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env is not None:
        return secret_text(env)
    if not sys.stdin.isatty():
        raise InvalidInput(
            translate(
                "Errors",
                "No duress passphrase given: set {variable} or use --duress-passphrase-file.",
            ).format(variable=NEW_PASSPHRASE_ENV)
        )
    return secret_text(ask(translate("Cli", "Duress passphrase: "), twice=True))


def cmd_duress(args: argparse.Namespace) -> int:
    from app import vault_duress
    from app.vault import open_vault

    real = passphrase(args)
    with open_vault(vault_dir(args), real) as vault:
        if args.off:
            vault_duress.remove_duress(vault)
            print(translate("Cli", "Duress passphrase removed; the decoy was overwritten."))
            return 0
        duress = _duress_passphrase(args)
        if args.change:
            vault_duress.change_duress_passphrase(vault, duress, passphrase=real)
            print(translate("Cli", "Duress passphrase changed; the decoy is kept."))
            return 0
        fill = None
        if args.decoy == "demo":
            from app.demo import fill_demo_vault

            fill = fill_demo_vault
        vault_duress.set_up_duress(
            vault, duress, passphrase=real, fill=fill, decoy_org_name=args.decoy_org
        )
    print(
        translate(
            "Cli",
            "Duress passphrase set. Typed at any unlock, it removes the real passphrase from "
            "this computer and opens the decoy; the real records then come back only with the "
            "recovery key, recovery shares or a backup.",
        )
    )
    return 0

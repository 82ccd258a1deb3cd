"""backup, restore, recovery split/restore, bind (issue 12). Heavy modules load in the handlers."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    NEW_PASSPHRASE_ENV,
    RECOVERY_ENV,
    add_passphrase_arg,
    add_vault_arg,
    ask,
    passphrase,
    print_json,
    safe_text,
    secret_text,
    translate,
    vault_dir,
)
from app.errors import InvalidInput, SharesNotForVault, WrongRecoveryKey

SHARES_ENV = "ROUNDTABLE_RECOVERY_SHARES"
_MAX_SHARE_LINE = 4096
_MAX_SHARE_LINES = 64


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backup",
        help=translate(
            "Cli", "write one file with the still-encrypted vault, or check such a file"
        ),
    )
    add_vault_arg(p)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "the backup file to write (a folder: a dated name inside it)"),
    )
    target.add_argument(
        "--check",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "prove that a backup is whole and opens, without restoring it"),
    )
    _add_secret_choice(p)
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help=translate("Cli", "restore a backup as a vault in a new folder")
    )
    p.add_argument("file", type=Path, metavar="FILE", help=translate("Cli", "the backup file"))
    add_vault_arg(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "recovery", help=translate("Cli", "split the recovery secret among board members")
    )
    recovery = p.add_subparsers(dest="recovery_command", metavar="COMMAND", required=True)
    q = recovery.add_parser(
        "split",
        help=translate(
            "Cli",
            "make a new recovery secret split as SLIP-39 shares and write one share sheet "
            "per holder; old shares and the old recovery key stop working",
        ),
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument(
        "--shares", type=int, required=True, metavar="N", help=translate("Cli", "how many shares")
    )
    q.add_argument(
        "--threshold",
        type=int,
        required=True,
        metavar="K",
        help=translate("Cli", "how many shares together open the vault"),
    )
    q.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FOLDER",
        help=translate("Cli", "folder for the share sheets (PDF, English and Khmer)"),
    )
    q.add_argument(
        "--org-name",
        help=translate("Cli", "organisation name printed on the sheets (default: the vault's)"),
    )
    q.add_argument(
        "--json", action="store_true", help=translate("Cli", "also print the shares' words as JSON")
    )
    q.set_defaults(func=cmd_recovery_split)
    q = recovery.add_parser(
        "restore",
        help=translate(
            "Cli",
            "open the vault with k shares (one per line from {variable} or standard input) "
            "and set a new passphrase",
        ).format(variable=SHARES_ENV),
    )
    add_vault_arg(q)
    q.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate("Cli", "read the new passphrase from FILE; or set {variable}").format(
            variable=NEW_PASSPHRASE_ENV
        ),
    )
    q.set_defaults(func=cmd_recovery_restore)

    p = sub.add_parser(
        "bind",
        help=translate(
            "Cli",
            "bind the vault to this device: the passphrase then also needs a secret kept in "
            "this computer's keyring (the recovery secret still opens it anywhere)",
        ),
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("--off", action="store_true", help=translate("Cli", "remove the binding"))
    p.set_defaults(func=cmd_bind)


def _add_secret_choice(p: argparse.ArgumentParser) -> None:
    add_passphrase_arg(p)
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--recovery-key",
        action="store_true",
        help=translate("Cli", "use the recovery key (from {variable} or typed)").format(
            variable=RECOVERY_ENV
        ),
    )
    how.add_argument(
        "--recovery-shares",
        action="store_true",
        help=translate(
            "Cli", "use k recovery shares (one per line from {variable} or standard input)"
        ).format(variable=SHARES_ENV),
    )


# --- secrets ---------------------------------------------------------------------------------
def read_shares() -> list[str]:
    """Shares one per line from the environment, else standard input: typed without echo, one
    prompt per share, until enough are in (a terminal), or every line (a pipe)."""
    from app import recovery_shares

    env = os.environ.get(SHARES_ENV)
    if env is not None:
        return [line for line in secret_text(env).splitlines() if line.strip()]
    if not sys.stdin.isatty():
        lines = []
        for _ in range(_MAX_SHARE_LINES):
            line = sys.stdin.readline(_MAX_SHARE_LINE)
            if not line:
                break
            if line.strip():
                lines.append(secret_text(line.strip()))
        if not lines:
            raise InvalidInput(
                translate("Errors", "No recovery shares given: set {variable}.").format(
                    variable=SHARES_ENV
                )
            )
        return lines
    shares: list[str] = []
    while True:
        prompt = translate("Cli", "Share {n}: ").format(n=len(shares) + 1)
        text = secret_text(getpass.getpass(prompt))
        if not text.strip():
            continue
        state = recovery_shares.assess([*shares, text])
        if state.error is not None:
            from app.cli.common import error_message

            print(error_message(state.error), file=sys.stderr)  # type: ignore[arg-type]
            continue
        shares.append(text)
        if state.complete:
            return shares
        print(
            translate("Cli", "{have} of {need} shares; {missing} more needed.").format(
                have=state.have, need=state.need, missing=state.need - state.have
            ),
            file=sys.stderr,
        )


def _recovery_text() -> str:
    recovery = os.environ.get(RECOVERY_ENV)
    if recovery is not None:
        return secret_text(recovery)
    if not sys.stdin.isatty():
        raise InvalidInput(
            translate("Errors", "No recovery key given: set {variable}.").format(
                variable=RECOVERY_ENV
            )
        )
    return secret_text(getpass.getpass(translate("Cli", "Recovery key: ")))


def _new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        return passphrase(argparse.Namespace(passphrase_file=args.new_passphrase_file))
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env is not None:
        return secret_text(env)
    return secret_text(ask(translate("Cli", "New passphrase: "), twice=True))


# --- handlers --------------------------------------------------------------------------------
def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB"


def cmd_backup(args: argparse.Namespace) -> int:
    from app import vault_backup

    if args.check is not None:
        return _check(args, vault_backup)
    made = vault_backup.backup_folder(vault_dir(args), args.output)
    if args.json:
        print_json({"file": str(made), "bytes": made.stat().st_size})
    else:
        print(
            translate("Cli", "Backup written to {file} ({size}).").format(
                file=made, size=_size(made.stat().st_size)
            )
        )
    return 0


def _check(args: argparse.Namespace, vault_backup: Any) -> int:
    vault_backup.read_info(args.check)  # not a backup at all: say so before asking a secret
    secret: bytes | None = None
    phrase: str | None = None
    if args.recovery_shares:
        from app import recovery_shares

        secret = recovery_shares.combine(read_shares())
    elif args.recovery_key:
        from app.crypto.recovery import parse_recovery_key

        secret = parse_recovery_key(_recovery_text())
    else:
        phrase = passphrase(args)
    try:
        result = vault_backup.check_backup(args.check, passphrase=phrase, recovery_secret=secret)
    except WrongRecoveryKey:
        if args.recovery_shares:
            raise SharesNotForVault() from None
        raise
    if args.json:
        print_json(
            {
                "ok": True,
                "organisation": result.org_name,
                "vault_id": result.vault_id,
                "created": result.created,
                "schema_version": result.schema_version,
                "bytes": result.size,
            }
        )
    else:
        print(
            translate(
                "Cli", "Backup OK: it opens and every page checks out ({org}, made {created})."
            ).format(org=safe_text(result.org_name), created=result.created)
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app import vault_backup

    folder = getattr(args, "vault", None)
    if not folder:
        raise InvalidInput(translate("Errors", "Name the new vault folder with --vault."))
    folder = Path(folder).expanduser()
    vault_backup.restore_backup(args.file, folder)
    print(translate("Cli", "Backup restored as a vault in {folder}.").format(folder=folder))
    return 0


def cmd_recovery_split(args: argparse.Namespace) -> int:
    from app import recovery_shares
    from app.reports.share_sheet import refuse_existing, write_sheets
    from app.storage import files
    from app.vault import open_vault

    recovery_shares.check_split(args.threshold, args.shares)
    folder = vault_dir(args)
    out = Path(args.output).expanduser()
    if out.exists() and not out.is_dir():
        raise InvalidInput(translate("Errors", "The output must be a folder."))
    current = passphrase(args, prompt=translate("Cli", "Current passphrase: "))
    with open_vault(folder, current) as vault:
        org = args.org_name or vault.org_name
        try:
            files.ensure_private_dir(out)
        except OSError as exc:
            raise files.os_error(exc) from None
        refuse_existing(out, args.shares)
        recovery_shares.prove_passphrase(vault, current)
        secret, shares = recovery_shares.prepare_split(args.threshold, args.shares)
        # The sheets first: should the re-key fail they are deleted and the vault keeps its
        # old recovery; should writing them fail, the vault is not changed at all.
        written = write_sheets(out, org, shares, args.threshold)
        try:
            recovery_shares.apply_split(
                vault, secret, threshold=args.threshold, count=args.shares, passphrase=current
            )
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
    if args.json:
        print_json(
            {
                "threshold": args.threshold,
                "shares": [
                    {"number": i, "words": words, "sheet": str(path)}
                    for i, (words, path) in enumerate(zip(shares, written, strict=True), 1)
                ],
            }
        )
    else:
        print(
            translate(
                "Cli",
                "{count} share sheets written to {folder}. Any {k} of them open the vault; "
                "old shares and the old recovery key no longer do. Give one sheet to each "
                "holder, then delete the files.",
            ).format(count=args.shares, folder=out, k=args.threshold)
        )
    return 0


def cmd_recovery_restore(args: argparse.Namespace) -> int:
    from app import recovery_shares

    folder = vault_dir(args)
    shares = read_shares()
    recovery_shares.combine(shares)  # a mistyped word is named before the passphrase is asked
    new = _new_passphrase(args)
    recovery_shares.restore_with_shares(folder, shares, new).close()
    print(translate("Cli", "Vault recovered; the new passphrase is set."))
    return 0


def cmd_bind(args: argparse.Namespace) -> int:
    from app import device_binding

    folder = vault_dir(args)
    current = passphrase(args)
    if args.off:
        device_binding.unbind(folder, current)
        print(translate("Cli", "The vault is no longer bound to this device."))
    else:
        device_binding.bind(folder, current)
        print(
            translate(
                "Cli",
                "The vault is bound to this device: a copy of the folder cannot be opened "
                "with the passphrase elsewhere. The recovery key or shares still open it.",
            )
        )
    return 0

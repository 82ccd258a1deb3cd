"""init, demo, passwd, rekey."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.cli.common import (
    NEW_PASSPHRASE_ENV,
    RECOVERY_ENV,
    add_passphrase_arg,
    add_vault_arg,
    ask,
    passphrase,
    secret_text,
    translate,
    vault_dir,
)
from app.errors import InvalidInput


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init", help=translate("Cli", "create a vault and the organisation's identity")
    )
    add_vault_arg(p)
    p.add_argument("--org", required=True, help=translate("Cli", "your organisation's name"))
    add_passphrase_arg(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "demo", help=translate("Cli", "create a vault filled with fictional sample meetings")
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("passwd", help=translate("Cli", "change the passphrase"))
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=translate(
            "Cli", "prove the recovery key instead of the old passphrase (or set {variable})"
        ).format(variable=RECOVERY_ENV),
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate("Cli", "read the new passphrase from FILE; or set {variable}").format(
            variable=NEW_PASSPHRASE_ENV
        ),
    )
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser(
        "rekey",
        help=translate(
            "Cli",
            "change the data key and the recovery key: old key files and recovery keys stop "
            "opening this vault",
        ),
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "also change the passphrase, read from FILE; or set {variable} "
            "(default: keep the passphrase)",
        ).format(variable=NEW_PASSPHRASE_ENV),
    )
    p.set_defaults(func=cmd_rekey)


def _print_recovery(recovery_key: str) -> None:
    print(translate("Cli", "Recovery key (shown once; store it offline, away from this computer):"))
    print(f"    {recovery_key}")
    print(
        translate(
            "Cli",
            "Anyone holding it can open the vault. Without it, a forgotten passphrase is final.",
        )
    )


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault import create_vault

    folder = vault_dir(args)
    created = create_vault(folder, args.org, passphrase(args, new=True))
    with created.vault:
        print(translate("Cli", "Vault created in {folder}").format(folder=folder))
    _print_recovery(created.recovery_key)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import fill_demo_vault
    from app.vault import create_vault

    folder = vault_dir(args)
    counts: dict[str, int] = {}
    created = create_vault(
        folder,
        "Mekong Rights Coalition Secretariat",
        passphrase(args, new=True),
        fill=lambda vault: counts.update(fill_demo_vault(vault)),  # before it is moved in place
    )
    created.vault.close()
    made = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(
        translate("Cli", "Demo vault created in {folder}: {counts}").format(
            folder=folder, counts=made
        )
    )
    _print_recovery(created.recovery_key)
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return passphrase(argparse.Namespace(passphrase_file=args.new_passphrase_file))
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env is not None:
        return secret_text(env)
    return secret_text(ask(translate("Cli", "New passphrase: "), twice=True))


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.vault import open_vault, rekey_vault

    folder = vault_dir(args)
    current = passphrase(args, prompt=translate("Cli", "Current passphrase: "))
    new: str | None = None
    if args.new_passphrase_file or os.environ.get(NEW_PASSPHRASE_ENV) is not None:
        new = _new_passphrase(args)
    with open_vault(folder, current) as vault:
        recovery_key = rekey_vault(vault, passphrase=current, new_passphrase=new)
    print(
        translate(
            "Cli",
            "Keys changed. Old copies of vault.key and the old recovery key no longer open\n"
            "this vault (they still open old copies of vault.db).",
        )
    )
    _print_recovery(recovery_key)
    return 0


def _recovery_key() -> str:
    """From the environment or typed without echo: it opens the vault like a passphrase does,
    so it must not stay on the screen or in the terminal's scrollback."""
    recovery = os.environ.get(RECOVERY_ENV)
    if recovery is not None:
        return secret_text(recovery)
    if not sys.stdin.isatty():
        raise InvalidInput(
            translate("Errors", "No recovery key given: set {variable}.").format(
                variable=RECOVERY_ENV
            )
        )
    import getpass

    return secret_text(getpass.getpass(translate("Cli", "Recovery key: ")))


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.vault import change_passphrase

    folder = vault_dir(args)
    if args.recovery_key:
        change_passphrase(folder, _new_passphrase(args), recovery_text=_recovery_key())
    else:
        old = passphrase(args, prompt=translate("Cli", "Current passphrase: "))
        change_passphrase(folder, _new_passphrase(args), old_passphrase=old)
    print(translate("Cli", "Passphrase changed."))
    return 0

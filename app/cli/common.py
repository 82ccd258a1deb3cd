"""What every command needs: the vault folder, passphrases, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, PassphraseMismatch, RoundtableError
from app.i18n import N_
from app.vault import Vault, default_vault_dir, open_vault

PASSPHRASE_ENV = "ROUNDTABLE_PASSPHRASE"  # noqa: S105 - a variable name
NEW_PASSPHRASE_ENV = "ROUNDTABLE_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_ENV = "ROUNDTABLE_RECOVERY_KEY"


def fail(message: str) -> int:
    print(f"roundtable: {message}", file=sys.stderr)
    return 1


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", type=Path, default=argparse.SUPPRESS, help=N_("Cli", "vault folder")
    )


def add_passphrase_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=N_(
            "Cli", "read the passphrase from FILE ('-' = standard input); or set {variable}"
        ).format(variable=PASSPHRASE_ENV),
    )


def vault_dir(args: argparse.Namespace) -> Path:
    folder = getattr(args, "vault", None)
    return Path(folder).expanduser() if folder else default_vault_dir()


_SECRET_LINE_MAX = 64 * 1024  # a passphrase is one line; /dev/zero is not


def _read_secret_file(name: str) -> str:
    try:
        if name == "-":
            text = sys.stdin.readline(_SECRET_LINE_MAX)
        else:
            with open(name, encoding="utf-8") as handle:
                text = handle.readline(_SECRET_LINE_MAX)
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(N_("Errors", "The passphrase file could not be read.")) from None
    return text.rstrip("\r\n")


def passphrase(args: argparse.Namespace, *, new: bool = False, prompt: str = "") -> str:
    """From --passphrase-file, the environment, or an interactive prompt (twice when `new`)."""
    source = getattr(args, "passphrase_file", None)
    if source:
        return _read_secret_file(source)
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    return ask(prompt or N_("Cli", "Passphrase: "), twice=new)


def ask(prompt: str, *, twice: bool) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            N_("Errors", "No passphrase given: use --passphrase-file or {variable}.").format(
                variable=PASSPHRASE_ENV
            )
        )
    first = getpass.getpass(prompt)
    if twice and getpass.getpass(N_("Cli", "Repeat: ")) != first:
        raise PassphraseMismatch()
    return first


def unlock(args: argparse.Namespace) -> Vault:
    return open_vault(vault_dir(args), passphrase(args))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def safe_text(text: str) -> str:
    """Control characters from records never reach the terminal (STYLE 10)."""
    return "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)


__all__ = ["N_", "RoundtableError", "add_passphrase_arg", "add_vault_arg", "fail", "passphrase"]

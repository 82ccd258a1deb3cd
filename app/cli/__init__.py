"""The `roundtable` command line (DESIGN §5). Exit codes: 0 ok, 1 failed, 2 usage."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.cli.common import (
    CLI_LANGUAGES,
    error_message,
    fail,
    language_from_environment,
    set_language,
    translate,
)
from app.cli.pipe_out import reader_may_leave
from app.errors import RoundtableError

# Each module adds its sub-commands, named here in the order of `roundtable --help`. A run
# imports only the module of the command it was given (the others cost `verify` a tenth of its
# start-up), and a module's `register` only describes its arguments; its handlers import what
# they use (the vault, the database, Qt), so a command loads only its own dependencies
# (`verify` starts like a small tool; tests/test_cli_imports.py, which also checks this table
# against what each module registers).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "vault_cmds": ("demo", "init", "passwd", "rekey"),
    "query_cmds": ("actions", "meetings", "search"),
    "history_cmds": ("history",),
    "exchange_cmds": ("conflicts", "contacts", "export", "identity", "import", "verify"),
    "report_cmds": ("report",),
    "seal_cmds": ("cosign", "seal"),
    "backup_cmds": ("backup", "bind", "recovery", "restore"),
    "border_cmds": ("destroy", "duress", "travel", "wipe-after"),
    "completion": ("completion",),
}


def command_modules(only: str | None = None) -> list[Any]:
    """The command modules, imported: the one that registers `only`, else all of them."""
    names = [name for name, commands in COMMAND_MODULES.items() if only in commands]
    return [importlib.import_module(f"app.cli.{name}") for name in names or COMMAND_MODULES]


class _Unbuilt:
    """Stands for a sub-command's parser that this run does not build: every call its `register`
    makes on it (add_argument, set_defaults, groups, nested sub-commands) does nothing."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


class _OnlyCommand:
    """The sub-commands action seen by `register` when one command was asked for: only that
    command's parser is built (building all of them, help texts and all, costs `verify` more
    than its checks of a small bundle)."""

    def __init__(self, sub: Any, name: str) -> None:
        self._sub, self._name = sub, name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._name:
            return self._sub.add_parser(name, **kwargs)
        return _Unbuilt()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only` (a command name), the same parser with just that command
    (its usage, help and errors are the same)."""
    parser = argparse.ArgumentParser(
        prog="roundtable",
        description=translate(
            "Cli", "Offline-first, encrypted meeting records for civil-society coalitions."
        ),
        epilog=translate(
            "Cli",
            "Without a command, roundtable opens the desktop app (on the --vault folder, if "
            "given); the commands never open a window. `roundtable COMMAND --help` shows a "
            "command's options; `roundtable completion bash|zsh|fish` prints shell completion.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    parser.add_argument(
        "--vault", type=Path, help=translate("Cli", "vault folder (default: the per-user folder)")
    )
    parser.add_argument(
        "--lang",
        choices=CLI_LANGUAGES,
        help=translate(
            "Cli", "language of messages (default: the locale in LC_ALL, LC_MESSAGES or LANG)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(only):
        module.register(sub if only is None else _OnlyCommand(sub, only))
    if only is not None and only not in sub.choices:
        return build_parser()  # not a command: the full parser words the error
    return parser


# Options of the main parser that take a value (the command is the first other word).
_GLOBAL_VALUE_OPTIONS = ("--vault", "--lang")


def _requested_command(argv: Sequence[str] | None) -> str | None:
    """The command word as typed, or None (no command, `--help`, `--version`, anything unusual:
    then the whole parser is built)."""
    args = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in _GLOBAL_VALUE_OPTIONS:
            i += 2
        elif arg.startswith(tuple(o + "=" for o in _GLOBAL_VALUE_OPTIONS)):
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg
    return None


def _requested_language(argv: Sequence[str] | None) -> str:
    """--lang as typed, read before the parser exists: its help texts are in that language."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return language_from_environment()


def main(argv: Sequence[str] | None = None) -> int:
    set_language(_requested_language(argv))
    parser = build_parser(_requested_command(argv))
    args = parser.parse_args(argv)
    set_language(args.lang or language_from_environment())
    if args.command is None:
        from app.ui.launch import run  # the desktop app; imported only when wanted

        return run(args.vault)
    try:
        with reader_may_leave():
            return int(args.func(args) or 0)
    except RoundtableError as exc:
        return fail(error_message(exc))
    except KeyboardInterrupt:
        return fail(translate("Errors", "Interrupted; nothing was changed."))
    except BrokenPipeError:  # a write that bypassed the guard: still no error of ours
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        database = _database_error(exc)
        if database is not None:
            return fail(database)
        # A bug: its message or traceback may quote vault content.
        return fail(
            translate("Errors", "internal error ({name}); nothing sensitive was printed.").format(
                name=type(exc).__name__
            )
        )


def _database_error(exc: Exception) -> str | None:
    """The message for a database error, or None for anything else. A database error can only
    come from a command that loaded the database module, so a command that did not is spared
    the import (SQLCipher)."""
    database = sys.modules.get("app.storage.database")
    if database is None or not isinstance(exc, database.DatabaseError):
        return None
    translated = database.translate_error(exc)
    if translated is None:
        return translate("Errors", "The vault could not be read.")
    return error_message(translated)


if __name__ == "__main__":
    sys.exit(main())

"""The `roundtable` command line (DESIGN §5). Exit codes: 0 ok, 1 failed, 2 usage."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli import exchange_cmds, query_cmds, report_cmds, vault_cmds
from app.cli.common import N_, fail
from app.errors import RoundtableError
from app.storage.database import DatabaseError, translate_error

# Each module adds its sub-commands; keep this list in the order of `roundtable --help`.
COMMAND_MODULES = [vault_cmds, query_cmds, exchange_cmds, report_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roundtable",
        description=N_(
            "Cli", "Offline-first, encrypted meeting records for civil-society coalitions."
        ),
    )
    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    parser.add_argument(
        "--vault", type=Path, help=N_("Cli", "vault folder (default: the per-user folder)")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.launch import run  # the desktop app; imported only when wanted

        return run(args.vault)
    try:
        return int(args.func(args) or 0)
    except RoundtableError as exc:
        return fail(exc.user_message)
    except DatabaseError as exc:
        translated = translate_error(exc)
        return fail(
            translated.user_message if translated else N_("Errors", "The vault could not be read.")
        )
    except KeyboardInterrupt:
        return fail(N_("Errors", "Interrupted; nothing was changed."))
    except Exception as exc:  # a bug: its message or traceback may quote vault content
        return fail(
            N_("Errors", "internal error ({name}); nothing sensitive was printed.").format(
                name=type(exc).__name__
            )
        )


if __name__ == "__main__":
    sys.exit(main())

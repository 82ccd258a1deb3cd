"""The `roundtable` program: the desktop app for `roundtable [--vault DIR]`, else the CLI.

Importing the command line loads every command module (crypto, database, passphrase checker),
which would add more than the whole Qt import to the time before the window appears. So the
one form that launches the desktop app is recognised here, before `app.cli` is imported.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def desktop_request(args: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, vault folder or None) when `args` asks only for the desktop app."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--vault" and args[1] and not args[1].startswith("-"):
        return True, Path(args[1])
    if len(args) == 1 and args[0].startswith("--vault=") and len(args[0]) > len("--vault="):
        return True, Path(args[0][len("--vault=") :])
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    from app.process_guard import forbid_core_dumps

    forbid_core_dumps()  # before any vault content or key is in memory
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["verify"]:
        # An auditor's check is one pass of BLAKE2b over the payload: begun now, it runs
        # beside the start-up (the command still makes every check; payload_digest.py).
        from app.crypto.payload_digest import discard, start_early

        start_early(args[1:])
        try:
            from app.cli import main as cli_main

            return cli_main(args)
        finally:
            discard()  # not taken: the command ended before it opened the bundle
    if args == ["--check-window"]:
        from app.ui.launch import check_window

        return check_window()
    desktop, vault = desktop_request(args)
    if desktop:
        from app.ui.launch import run

        return run(vault)
    from app.cli import main as cli_main

    return cli_main(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """`roundtable-gui`: the window only (the Start-menu, Applications and desktop-menu entry).

    Built without a console on Windows, so there is nowhere to print command-line output: any
    argument other than `--vault DIR` is refused with exit status 2 rather than run unseen.
    """
    from app.process_guard import forbid_core_dumps

    forbid_core_dumps()
    desktop, vault = desktop_request(list(sys.argv[1:] if argv is None else argv))
    if not desktop:
        if sys.stderr is not None:
            print("roundtable-gui: only --vault DIR is accepted; use `roundtable`", file=sys.stderr)
        return 2
    from app.ui.launch import run

    return run(vault)


if __name__ == "__main__":
    sys.exit(main())

"""`roundtable [--vault DIR]` reaches the desktop app without loading the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import entry


def test_only_the_bare_and_vault_forms_launch_the_desktop_app() -> None:
    assert entry.desktop_request([]) == (True, None)
    assert entry.desktop_request(["--vault", "/v"]) == (True, Path("/v"))
    assert entry.desktop_request(["--vault=/v"]) == (True, Path("/v"))
    for args in (["meetings"], ["--vault", "/v", "meetings"], ["--version"], ["-h"], ["--vault"]):
        assert entry.desktop_request(args)[0] is False


def test_other_forms_go_to_the_command_line(capsys) -> None:
    try:
        entry.main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "roundtable" in capsys.readouterr().out


def test_the_desktop_path_does_not_import_the_command_line() -> None:
    code = (
        "import sys; import app.entry as e; import app.ui.launch as l; "
        "l.run = lambda v: print(sorted(m for m in sys.modules if m.startswith(('app.cli', "
        "'app.vault', 'zxcvbn', 'cryptography', 'sqlcipher3')))) or 0; e.main([])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    assert out.strip() == "[]"

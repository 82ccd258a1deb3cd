"""An unexpected error in a command: one line and exit 1, never a traceback quoting content."""

from __future__ import annotations

import argparse

import pytest

import app.cli as cli


def test_a_bug_in_a_command_prints_one_line_without_its_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys
) -> None:
    def broken(_args: argparse.Namespace) -> int:
        raise KeyError("Testimony: they came at night and told us to sign")

    real_build = cli.build_parser

    def build() -> argparse.ArgumentParser:  # every command runs the broken function
        parser = real_build()
        parser.set_defaults(func=broken)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    assert cli.main(["meetings", "--vault", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "came at night" not in err and "Traceback" not in err
    assert err.strip() == "roundtable: internal error (KeyError); nothing sensitive was printed."

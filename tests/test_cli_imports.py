"""Each command loads only what it uses: `roundtable verify` (an auditor's tool, compared with
`minisign -V`) loads no vault, database, record types, age, QR code, passphrase checker or Qt
(py-minisign, which reads the signatures, it does load, but only once the payload is being
hashed); building the parser (every command does) loads none of them, nor py-minisign or
`cryptography`; and a run builds only the parser of the command it was given."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.crypto import signing
from app.crypto.identity import load_identity
from tests.exchange.helpers import introduce, make_vault, seed_meeting, send

ROOT = Path(__file__).resolve().parent.parent

HEAVY = (
    "app.vault",
    "app.storage.database",
    "sqlcipher3",
    "app.crypto.identity",
    "app.crypto.passphrase",
    "zxcvbn",
    "segno",
    "PySide6",
    "app.exchange.importer",
    "app.exchange.exporter",
    "app.storage",  # the history command's module loaded it for every command
    "app.domain.records",
    "pyrage",  # verify never decrypts (bundle_reader, bundle and cards loaded it)
    "cryptography.hazmat.primitives.ciphers.aead",  # the import spool's cipher
)

PROBE = """
import json, sys
from app.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _modules(*args: str) -> tuple[int, set[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True, text=True
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def _heavy(modules: set[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_verify_loads_no_vault_qr_passphrase_checker_or_qt(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    seed_meeting(a)
    out = send(a, [b], tmp_path / "x.rtbundle")
    me = load_identity(a.conn)
    pub = tmp_path / "a.pub"
    pub.write_bytes(signing.public_key_file(me.sign_key_id, me.sign_public))
    code, modules = _modules("verify", str(out), "--signer", str(pub))
    assert code == 0
    assert _heavy(modules) == []
    assert "app.crypto.bundle_reader" in modules  # the probe did verify


def test_building_the_parser_loads_none_of_them() -> None:
    code, modules = _modules("--help")
    assert code == 0
    assert _heavy(modules) == []
    assert not [
        m
        for m in modules
        if m.startswith(("app.exchange", "cryptography")) or m in ("pyrage", "minisign")
    ]


def test_the_bundle_modules_load_no_signature_library_until_asked() -> None:
    """verify hashes the payload in a thread while py-minisign and `cryptography` load; that
    overlap needs the modules that open the bundle to load neither."""
    probe = (
        "import sys, app.exchange.verify, app.crypto.bundle_reader, app.crypto.spool; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('minisign', 'cryptography', 'pyrage')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip() == "[]"


def test_a_run_builds_only_its_own_command(monkeypatch) -> None:
    import argparse

    from app import cli

    built: list[str] = []
    real = argparse._SubParsersAction.add_parser

    def add_parser(self, name, **kw):
        built.append(name)
        return real(self, name, **kw)

    monkeypatch.setattr(argparse._SubParsersAction, "add_parser", add_parser)
    cli.build_parser(cli._requested_command(["--lang", "en", "verify", "x.rtbundle"]))
    assert built == ["verify"]
    built.clear()
    cli.build_parser(cli._requested_command(["contacts", "verify", "--help"]))
    assert built[0] == "contacts" and "export" not in built


def _help_of(parser, name: str) -> str:
    sub = parser._subparsers._group_actions[0].choices[name]
    return sub.format_help()


def test_a_command_parser_built_alone_is_the_same_as_in_the_whole(monkeypatch) -> None:
    from app import cli

    monkeypatch.setenv("COLUMNS", "100")
    whole = cli.build_parser()
    names = list(whole._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert len(names) > 20
    for name in names:
        alone = cli.build_parser(name)
        assert list(alone._subparsers._group_actions[0].choices) == [name]  # type: ignore[union-attr]
        assert _help_of(alone, name) == _help_of(whole, name), name
        if name == "contacts":  # nested commands are all there
            assert "verify" in _help_of(alone, name)
    assert cli.build_parser("no-such-command")._subparsers is not None
    assert len(cli.build_parser("no-such-command")._subparsers._group_actions[0].choices) == len(
        names
    )


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["verify", "x"], "verify"),
        (["--vault", "v", "export"], "export"),
        (["--vault=v", "--lang", "km", "import", "f"], "import"),
        (["--help"], None),
        (["--version"], None),
        ([], None),
        (["--vault", "v"], None),
    ],
)
def test_the_command_word_is_found_as_argparse_would(argv, command) -> None:
    from app import cli

    assert cli._requested_command(argv) == command


def test_the_command_table_names_what_each_module_registers() -> None:
    import argparse
    import importlib

    from app import cli

    for name, commands in cli.COMMAND_MODULES.items():
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"app.cli.{name}").register(sub)
        assert tuple(sorted(sub.choices)) == tuple(sorted(commands)), name
    whole = cli.build_parser()
    listed = [c for commands in cli.COMMAND_MODULES.values() for c in commands]
    assert sorted(whole._subparsers._group_actions[0].choices) == sorted(listed)  # type: ignore[union-attr]


def test_a_run_imports_only_its_own_command_module(tmp_path) -> None:
    from app import cli

    code, modules = _modules("verify", str(tmp_path / "none.rtbundle"), "--signer", "x.pub")
    assert code == 1
    loaded = {m for m in modules if m.startswith("app.cli.")}
    others = {f"app.cli.{name}" for name in cli.COMMAND_MODULES} - {"app.cli.exchange_cmds"}
    assert "app.cli.exchange_cmds" in loaded
    assert loaded & others == set()
    _code, modules = _modules("--help")
    assert {f"app.cli.{name}" for name in cli.COMMAND_MODULES} <= modules

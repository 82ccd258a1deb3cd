"""Each command loads only what it uses: `roundtable verify` (an auditor's tool, compared with
`minisign -V`) loads no vault, database, QR code, passphrase checker or Qt (py-minisign, which
reads the signatures, it does load); building the parser (every command does) loads none of
them, nor py-minisign."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    assert not [m for m in modules if m.startswith("app.exchange") or m in ("pyrage", "minisign")]

"""SHA256SUMS and its minisign signature, as `minisign -V` and `sha256sum -c` check them."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import minisign
import pytest

BUILD = Path(__file__).resolve().parents[2] / "packaging" / "build.py"


def test_checksums_and_signature_of_a_release_folder(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "roundtable_0.1.0_amd64.deb").write_bytes(b"deb")
    (release / "Roundtable-0.1.0-macos-arm64.dmg").write_bytes(b"dmg")
    pair = minisign.KeyPair.generate()
    pair.secret_key.encrypt("release password")
    key = tmp_path / "release.key"
    key.write_bytes(bytes(pair.secret_key))
    pub = tmp_path / "release.pub"
    pub.write_bytes(bytes(pair.public_key))
    env = {**os.environ, "ROUNDTABLE_MINISIGN_PASSWORD": "release password"}
    subprocess.run(
        [sys.executable, str(BUILD), "--checksums", str(release), "--sign", str(key)],
        check=True,
        env=env,
        capture_output=True,
    )
    sums = (release / "SHA256SUMS").read_text()
    assert sums == "".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
        for p in sorted(release.iterdir(), key=lambda p: p.name)
        if not p.name.startswith("SHA256SUMS")
    )
    signature = minisign.Signature.from_file(release / "SHA256SUMS.minisig")
    pair.public_key.verify(sums.encode(), signature)  # raises when it does not match
    if shutil.which("minisign") is None:
        pytest.skip("the minisign program is not installed: checked with py-minisign only")
    done = subprocess.run(
        ["minisign", "-Vm", str(release / "SHA256SUMS"), "-p", str(pub)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Trusted comment: Roundtable" in done.stdout

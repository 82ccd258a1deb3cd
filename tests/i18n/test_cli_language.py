"""The CLI prints its messages in Khmer when asked: --lang km, or a km locale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import common, main
from tests.conftest import PASSPHRASE
from tests.i18n.helpers import build_catalogue

ROOT = Path(__file__).resolve().parents[2]
NOT_FOUND_KM = "រកមិនឃើញឃ្លាំងក្នុងថតនេះទេ។"


@pytest.fixture
def km_catalogue(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "i18n"
    folder.mkdir()
    build_catalogue(
        folder / "roundtable_km.qm",
        {
            ("Errors", "No vault found in this folder."): NOT_FOUND_KM,
            ("Errors", "Interrupted; nothing was changed."): "បានរំខាន។",
        },
    )
    monkeypatch.setattr(common, "I18N_DIR", folder)
    yield folder
    common.set_language("en")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "km_KH.UTF-8"}, "km"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "km_KH"}, "km"),
        ({"LANG": "km_KH.UTF-8", "LC_ALL": "C"}, "en"),  # LC_ALL wins
        ({"LC_ALL": "km"}, "km"),
        ({"LANG": "kmr_TR"}, "en"),  # Kurmanji, not Khmer
    ],
)
def test_the_locale_chooses_the_language(env, expected) -> None:
    assert common.language_from_environment(env) == expected


def test_lang_km_prints_the_error_in_khmer(km_catalogue, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["--lang", "km", "meetings", "--vault", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.strip() == f"roundtable: {NOT_FOUND_KM}"
    # A fixed CLI line and an untranslated message (English stays English).
    assert common.fail("Interrupted; nothing was changed.") == 1
    assert common.fail("Something not in the catalogue.") == 1
    assert capsys.readouterr().err.splitlines() == [
        "roundtable: បានរំខាន។",
        "roundtable: Something not in the catalogue.",
    ]


def test_the_locale_asks_for_khmer_and_lang_en_overrides_it(
    km_catalogue, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LC_ALL", "km_KH.UTF-8")
    assert main(["meetings", "--vault", str(tmp_path / "none")]) == 1
    assert NOT_FOUND_KM in capsys.readouterr().err
    assert main(["--lang", "en", "meetings", "--vault", str(tmp_path / "none")]) == 1
    assert "No vault found in this folder." in capsys.readouterr().err


def test_english_runs_load_no_qt_and_khmer_needs_no_application(tmp_path) -> None:
    code = (
        "import sys; from app.cli import main;"
        "main(['--lang', '{lang}', 'meetings', '--vault', sys.argv[1]]);"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {**os.environ, "ROUNDTABLE_PASSPHRASE": PASSPHRASE, "LC_ALL": "C"}
    for lang in ("en", "km"):
        proc = subprocess.run(
            [sys.executable, "-c", code.replace("{lang}", lang), str(tmp_path / "none")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        loaded = proc.stdout.strip()
        if lang == "en":
            assert loaded == "[]", loaded
            assert "No vault found" in proc.stderr
        else:  # the translator is used without a QCoreApplication
            assert "PySide6.QtWidgets" not in loaded and "PySide6.QtCore" in loaded
            assert proc.stderr.startswith("roundtable: ")


def test_import_warnings_have_a_qt_free_lookup_for_the_cli(km_catalogue) -> None:
    from app.exchange.importer import GAP_WARNING, localised_warning

    build_catalogue(
        km_catalogue / "roundtable_km.qm",
        {("ImportWarnings", GAP_WARNING): "បណ្ដុំ {n} មុនមិនបាននាំចូលទេ។"},
    )
    common.set_language("km")
    shown = localised_warning(GAP_WARNING.format(n=2), common.translate)
    assert shown == "បណ្ដុំ 2 មុនមិនបាននាំចូលទេ។"

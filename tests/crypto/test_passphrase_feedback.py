"""zxcvbn's feedback sentences are marked, translated, and shown translated in the CLI (the
GUI: tests/ui/test_gate.py)."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.cli import common, main
from app.crypto.passphrase import MIN_LENGTH, assess
from app.crypto.passphrase_feedback import EASY_TO_GUESS, FEEDBACK_CONTEXT, TOO_SHORT, ZXCVBN

CATALOGUE = Path(common.I18N_DIR) / "roundtable_km.qm"
WEAK = ("password12", "qwertyuiop", "aaaaaaaaaaaa", "abcdefghijk", "Jennifer2019", "P@ssw0rd12")


def _zxcvbn_sentences() -> set[str]:
    """Every `_("...")` of the installed zxcvbn's feedback module."""
    import zxcvbn.feedback

    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_zxcvbn_sentence_is_marked() -> None:
    sentences = _zxcvbn_sentences()
    assert len(sentences) > 20
    assert sentences <= set(ZXCVBN), sentences - set(ZXCVBN)


def test_every_feedback_sentence_is_in_khmer() -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    for sentence in (*ZXCVBN, TOO_SHORT, EASY_TO_GUESS):
        khmer = translator.translate(FEEDBACK_CONTEXT, sentence)
        assert khmer and khmer != sentence, sentence
        prose = re.sub(r"'[^']*'|\"[^\"]*\"", "", khmer)  # quoted examples stay as they are
        assert not any("a" <= c.lower() <= "z" for c in prose), khmer
    assert str(MIN_LENGTH) in TOO_SHORT


@pytest.mark.parametrize("passphrase", WEAK)
def test_a_refusal_is_marked_sentences(passphrase) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.reason in {*ZXCVBN, TOO_SHORT, EASY_TO_GUESS}
    assert strength.hint in ZXCVBN


@pytest.fixture
def _english_afterwards(monkeypatch: pytest.MonkeyPatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    common.set_language("en")


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize(
    ("passphrase", "khmer"),
    [
        ("short", "ឃ្លាសម្ងាត់នេះខ្សោយពេក។ វាខ្លីជាង ១០ តួអក្សរ។ សូមប្រើពាក្យពីរបីម៉ាត់"),
        ("password12", "ឃ្លាសម្ងាត់នេះខ្សោយពេក។ នេះជាពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់ណាស់។ សូមបន្ថែម"),
        ("qwertyuiop", "ឃ្លាសម្ងាត់នេះខ្សោយពេក។ នេះជាពាក្យសម្ងាត់មួយក្នុងចំណោមពាក្យសម្ងាត់ ១០០"),
    ],
)
def test_the_cli_gives_the_reason_in_khmer(tmp_path, monkeypatch, capsys, passphrase, khmer):
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", passphrase)
    folder = tmp_path / "v"
    assert main(["--lang", "km", "init", "--vault", str(folder), "--org", "Org"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"roundtable: {khmer}")
    assert not any("a" <= c.lower() <= "z" for c in err.removeprefix("roundtable: ")), err
    assert not folder.exists() or not any(folder.iterdir())

"""The command line in Khmer with the real catalogue: its lines, help texts and errors."""

from __future__ import annotations

import pytest

from app.cli import common, main
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _english_afterwards(monkeypatch: pytest.MonkeyPatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    common.set_language("en")


def test_init_prints_its_lines_in_khmer(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "v"
    assert main(["--lang", "km", "init", "--vault", str(folder), "--org", "Org"]) == 0
    out = capsys.readouterr().out.splitlines()
    # The folder is filled in after the lookup; the recovery key line is data.
    assert out[0] == f"បានបង្កើតឃ្លាំងទិន្នន័យនៅក្នុង {folder}"
    assert out[1].startswith("កូនសោសង្គ្រោះ (បង្ហាញតែម្ដងគត់")
    assert len(out[2].strip().split("-")) == 8
    assert out[3].startswith("អ្នកណាដែលមានវា អាចបើកឃ្លាំងទិន្នន័យបាន។")


def test_the_same_run_in_english_is_unchanged(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "v"
    assert main(["init", "--vault", str(folder), "--org", "Org"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Vault created in {folder}"
    assert out[1] == "Recovery key (shown once; store it offline, away from this computer):"


def test_help_is_in_khmer(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "km", "report", "--help"])
    out = capsys.readouterr().out
    assert "សរសេររបាយការណ៍និទានរបស់កិច្ចប្រជុំមួយ" in out  # the description
    assert "ឯកសារលទ្ធផល" in out  # -o's help
    assert "ROUNDTABLE_PASSPHRASE" in out  # a placeholder filled in after the lookup


def test_a_parameterised_error_is_translated_then_filled_in(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--lang", "km", "meetings"]) == 1
    assert capsys.readouterr().err.strip() == (
        "roundtable: មិនទាន់បានផ្ដល់ឃ្លាសម្ងាត់ទេ៖ សូមប្រើ --passphrase-file ឬ ROUNDTABLE_PASSPHRASE។"
    )


def test_an_error_class_message_is_in_khmer(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    assert main(["--lang", "km", "meetings", "--vault", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.strip() == "roundtable: រកមិនឃើញឃ្លាំងទិន្នន័យនៅក្នុងថតនេះទេ។"


def test_yes_in_khmer_or_english_confirms(monkeypatch) -> None:
    from app.cli.exchange_cmds import _yes

    common.set_language("km")
    assert _yes("បាទ") and _yes("ចាស") and _yes("y") and _yes(" YES ")
    assert not _yes("") and not _yes("n") and not _yes("ទេ")


def test_import_preview_in_khmer_with_a_translated_warning(tmp_path, monkeypatch, capsys) -> None:
    from tests.exchange.helpers import introduce, make_vault, seed_meeting, send

    sender, receiver = make_vault(tmp_path, "Sender Org"), make_vault(tmp_path, "Receiver Org")
    introduce(sender, receiver, verified=False)
    seed_meeting(sender)
    bundle = send(sender, [receiver], tmp_path / "b.rtbundle")
    folder = receiver.folder
    sender.close()
    receiver.close()
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    args = ["--lang", "km", "import", "--dry-run", "--vault", str(folder), str(bundle)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "ការព្រមាន៖ ស្នាមម្រាមដៃកូនសោរបស់ទំនាក់ទំនងនេះ មិនទាន់បានផ្ទៀងផ្ទាត់" in out
    assert "នឹងនាំចូល៖ កំណត់ត្រាថ្មី" in out
    assert "fingerprint has not been verified" not in out

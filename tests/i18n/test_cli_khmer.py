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


# argparse's own words (app/cli/argparse_messages.py): none may stay English in a Khmer run.
ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help message and exit",
    "error:",
    "the following arguments are required",
    "one of the arguments",
    "is required",
    "not allowed with argument",
    "unrecognized arguments",
    "invalid choice",
    "choose from",
    "expected one argument",
    "argument --",
)


def _no_argparse_english(text: str) -> None:
    found = [w for w in ARGPARSE_ENGLISH if w in text]
    assert not found, f"English argparse words {found} in:\n{text}"


def test_help_has_no_english_argparse_words(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "km", "report", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("របៀបប្រើ៖ roundtable report")
    assert "បង្ហាញសារជំនួយនេះ ហើយចេញ" in out  # -h's help
    assert "ជម្រើស:" in out  # the options heading
    _no_argparse_english(out)


@pytest.mark.parametrize(
    ("argv", "khmer"),
    [
        (["report", "--meeting", "m1"], "ត្រូវការអាគុយម៉ង់ទាំងនេះ៖ -o/--output"),
        (["report", "-o", "x.pdf"], "ត្រូវការអាគុយម៉ង់មួយក្នុងចំណោម --meeting --series"),
        (["report", "-o", "x.pdf", "--meeting"], "អាគុយម៉ង់ --meeting៖ ត្រូវការអាគុយម៉ង់មួយ"),
        (["report", "-o", "x", "--meeting", "m", "--series", "s"], "មិនអាចប្រើជាមួយអាគុយម៉ង់"),
        (["report", "-o", "x", "--meeting", "m", "--format", "rtf"], "ជម្រើសមិនត្រឹមត្រូវ៖ 'rtf'"),
        (["meetings", "--bogus"], "អាគុយម៉ង់ដែលមិនស្គាល់៖ --bogus"),
    ],
)
def test_usage_errors_are_in_khmer(argv, khmer, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "km", *argv])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "roundtable" in err and "កំហុស៖" in err
    assert khmer in err
    _no_argparse_english(err)


def test_usage_errors_stay_english_in_english(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "km", "meetings", "--bogus"])
    capsys.readouterr()
    common.set_language("en")
    with pytest.raises(SystemExit):
        main(["meetings", "--bogus"])
    assert "error: unrecognized arguments: --bogus" in capsys.readouterr().err


def test_report_input_errors_are_in_khmer() -> None:
    from app.errors import UnknownRedactionPolicy, UnknownReportLanguage
    from app.reports.language import parse_language
    from app.reports.wording import parse_policy

    common.set_language("km")
    with pytest.raises(UnknownReportLanguage) as language:
        parse_language("fr")
    assert common.error_message(language.value) == "មិនស្គាល់ភាសារបាយការណ៍នេះទេ៖ សូមប្រើ en ឬ km។"
    with pytest.raises(UnknownRedactionPolicy) as policy:
        parse_policy("secret")
    assert common.error_message(policy.value) == (
        "មិនស្គាល់កម្រិតបិទបាំងនេះទេ៖ សូមប្រើ full (ពេញលេញ), partners (ដៃគូ) ឬ public (សាធារណៈ)។"
    )

"""report: narrative reports, series reports and CSV exports."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from app.cli.common import add_passphrase_arg, add_vault_arg, translate, unlock
from app.domain.values import RedactionPolicy
from app.errors import ReportWriteFailed

FORMATS = ("pdf", "odt", "docx", "html", "md")


def _description() -> str:
    # A function, not a constant: the text is looked up when the parser is built.
    return translate(
        "Cli",
        """Write the narrative report of a meeting (--meeting), the follow-up report of a series'
action items (--series), or a CSV table (--csv) for a spreadsheet.

Redaction (--redact) decides who may read the file:
  full      everything, for your organisation's own files
  partners  no contact details, no confidential minutes, anonymous people by code name
            (the default)
  public    as partners, and no participant is named: attendance is given as counts

The format follows --format, or else the extension of the output file.
CSV files are UTF-8 with a byte-order mark, so spreadsheets show Khmer correctly.

Language (--lang) is the report's own, whatever the language of the app: en (the default,
or the command line's own language) or km. A Khmer report writes dates as Cambodians do
(ថ្ងៃទី២៣ ខែកុម្ភៈ ឆ្នាំ២០២៥) with Khmer digits (--no-khmer-digits for 0-9); --lunar-date
adds the Khmer lunar date and Buddhist Era year, as official letters give it
(ថ្ងៃអាទិត្យ ១៣កើត ខែកត្ដិក ឆ្នាំមមី អដ្ឋស័ក ព.ស.២៥៧០).

examples:
  roundtable report --vault DIR --meeting ID -o report.pdf
  roundtable report --vault DIR --meeting ID --format odt --redact public -o report.odt
  roundtable report --vault DIR --meeting ID --format docx -o report.docx
  roundtable report --vault DIR --meeting ID --appendices -o report-with-attachments.pdf
  roundtable report --vault DIR --meeting ID --lang km --lunar-date -o report-km.pdf
  roundtable report --vault DIR --series ID -o follow-up.pdf
  roundtable report --vault DIR --meeting ID --csv participants -o participants.csv
  roundtable report --vault DIR --series ID --csv actions -o actions.csv
""",
    )


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help=translate(
            "Cli",
            "write a meeting or series report (PDF, ODT, DOCX, HTML, Markdown) or a CSV export",
        ),
        description=_description(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--meeting", metavar="ID", help=translate("Cli", "the meeting to report on"))
    what.add_argument(
        "--series",
        metavar="ID",
        help=translate(
            "Cli",
            "a series (or any meeting of it, as listed by 'roundtable meetings'): "
            "follow-up of its action items",
        ),
    )
    kind = p.add_mutually_exclusive_group()
    kind.add_argument(
        "--format",
        choices=FORMATS,
        help=translate("Cli", "report format (default: from the file extension)"),
    )
    kind.add_argument(
        "--csv",
        choices=("participants", "actions"),
        help=translate(
            "Cli", "write a CSV table instead of a report (participants: --meeting only)"
        ),
    )
    p.add_argument(
        "--redact",
        choices=[r.value for r in RedactionPolicy],
        default=RedactionPolicy.PARTNERS.value,
        metavar="POLICY",
        help=translate("Cli", "full, partners or public (default: partners)"),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE",
        help=translate("Cli", "output file, or - for standard output (then give --format)"),
    )
    p.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "km"),
        help=translate(
            "Cli",
            "the report's language: en or km (default: en, or the command line's language)",
        ),
    )
    p.add_argument(
        "--khmer-digits",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate("Cli", "numbers and dates in Khmer digits (default: yes in a Khmer report)"),
    )
    p.add_argument(
        "--lunar-date",
        action="store_true",
        help=translate(
            "Cli", "add the Khmer lunar date and Buddhist Era year to the report's dates"
        ),
    )
    p.add_argument(
        "--appendices",
        action="store_true",
        help=translate(
            "Cli",
            "PDF only: add the meeting's attachments after the report (PDF pages, images, "
            "CSV files as tables)",
        ),
    )
    p.set_defaults(func=cmd_report, report_parser=p)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    suffix = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
    if suffix in FORMATS:
        return suffix
    args.report_parser.error(
        translate("Cli", "give --format pdf|odt|docx|html|md (or an output file with that ending)")
    )
    raise SystemExit(2)  # not reached: error() exits with the usage status


def _cli_language(value: object) -> str:
    """The command line's own language, if it has one reports are written in; else English."""
    from app.errors import InvalidInput
    from app.reports.language import parse_language

    try:
        return parse_language(value) if isinstance(value, str) and value else "en"
    except InvalidInput:
        return "en"


def cmd_report(args: argparse.Namespace) -> int:
    from app import reports
    from app.reports.language import ReportLanguage
    from app.reports.output import write_export

    policy = RedactionPolicy(args.redact)
    code = args.report_lang or _cli_language(getattr(args, "lang", None))
    lang = ReportLanguage(code, khmer_digits=args.khmer_digits, lunar_dates=args.lunar_date)
    if args.csv == "participants" and args.series:
        args.report_parser.error(translate("Cli", "--csv participants needs --meeting"))
    fmt = None if args.csv else _format(args)
    if args.appendices and (fmt != "pdf" or not args.meeting):
        args.report_parser.error(translate("Cli", "--appendices needs a PDF report of a --meeting"))
    to_stdout = str(args.output) == "-"  # a pipe into another tool; nothing written here
    output: Path = args.output.expanduser()
    if not to_stdout and (output.is_dir() or not output.parent.is_dir()):
        raise ReportWriteFailed()  # checked before the vault is opened
    today = dt.date.today()
    with unlock(args) as vault:
        store = vault.store
        if args.csv and args.meeting:
            data = reports.meeting_csv(store, args.meeting, args.csv, policy, lang)
        elif args.csv:
            data = reports.series_actions_csv(store, args.series, policy, lang)
        elif args.appendices:
            # The attachments are read from the open vault, so the PDF is made here.
            data = reports.meeting_pdf_with_appendices(
                store, args.meeting, policy, prepared_on=today, lang=lang
            )
        else:
            if args.meeting:
                doc = reports.meeting_document(
                    store, args.meeting, policy, prepared_on=today, lang=lang
                )
            else:
                doc = reports.series_document(
                    store, args.series, policy, prepared_on=today, lang=lang
                )
            data = None
    if data is None:
        data = reports.render(doc, fmt)  # the vault is closed while Qt lays out pages
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    write_export(output, data)
    print(
        translate("Cli", "Wrote {file} ({size} bytes, redaction: {redaction})").format(
            file=output, size=f"{len(data):,}", redaction=policy.value
        ),
        file=sys.stderr,
    )
    return 0

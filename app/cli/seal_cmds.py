"""seal and cosign: sealed, co-signed meeting reports (docs/sealed-reports.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    add_passphrase_arg,
    add_vault_arg,
    print_json,
    safe_text,
    translate,
    unlock,
)
from app.domain.values import RedactionPolicy
from app.errors import InvalidInput, ReportWriteFailed


def register(sub: Any) -> None:
    p = sub.add_parser(
        "seal",
        help=translate("Cli", "seal a meeting's report and write it with every signature so far"),
        description=translate(
            "Cli",
            "Freeze a meeting's report as PDF, ODT and DOCX under a redaction policy and sign "
            "each with your organisation's key. Writes FILE in the format its suffix names "
            "(.pdf, .odt or .docx) and one FILE.ORGANISATION.minisig per signature gathered "
            "so far; `minisign -V -p ORG.pub -m FILE.odt -x FILE.odt.ORG.minisig` checks each. "
            "Run again later to write the same sealed file with the co-signatures that arrived "
            "since (roundtable cosign).",
        ),
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("--meeting", required=True, metavar="ID")
    p.add_argument(
        "--redact",
        choices=[x.value for x in RedactionPolicy],
        default=RedactionPolicy.PARTNERS.value,
        help=translate("Cli", "who may read it: full, partners (the default) or public"),
    )
    p.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "km"),
        default="en",
        help=translate("Cli", "the report's language: en (the default) or km"),
    )
    p.add_argument(
        "--new",
        action="store_true",
        help=translate("Cli", "seal the current content as a new version"),
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("Cli", "FILE.pdf, FILE.odt or FILE.docx"),
    )
    p.set_defaults(func=cmd_seal)

    c = sub.add_parser(
        "cosign", help=translate("Cli", "sealed reports: list, ask partners to co-sign, co-sign")
    )
    csub = c.add_subparsers(dest="cosign_command", metavar="ACTION", required=True)
    q = csub.add_parser("list", help=translate("Cli", "sealed reports held and who signed them"))
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    q.set_defaults(func=cmd_list)
    q = csub.add_parser(
        "show", help=translate("Cli", "print the exact content of a sealed report before signing")
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("seal_id", metavar="SEAL_ID")
    q.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "also write it as FILE.pdf, FILE.odt or FILE.docx"),
    )
    q.set_defaults(func=cmd_show)
    q = csub.add_parser(
        "request", help=translate("Cli", "write a bundle asking partners to co-sign a seal")
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("seal_id", metavar="SEAL_ID")
    q.add_argument("--to", action="append", required=True, metavar="CONTACT")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.rtbundle")
    q.set_defaults(func=cmd_request)
    q = csub.add_parser(
        "sign", help=translate("Cli", "co-sign a sealed report and write the reply bundle")
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("seal_id", metavar="SEAL_ID")
    q.add_argument("--to", required=True, metavar="CONTACT")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.rtbundle")
    q.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "sign: I have read its content (roundtable cosign show)"),
    )
    q.set_defaults(func=cmd_sign)


def _free(path: Path) -> Path:
    path = path.expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise ReportWriteFailed()
    return path


def cmd_seal(args: argparse.Namespace) -> int:
    from app.exchange.seals import format_of, write_files
    from app.reports.language import ReportLanguage
    from app.reports.seal import seal_meeting

    output = _free(args.output)
    format_of(output)  # before sealing: a wrong name seals nothing
    with unlock(args) as vault:
        seal, made = seal_meeting(
            vault,
            args.meeting,
            RedactionPolicy(args.redact),
            ReportLanguage(args.report_lang),
            today=dt.date.today(),
            new=args.new,
        )
    written = write_files(output, seal)
    key = "Sealed: {seal}" if made else "Already sealed: {seal} (the sealed version is unchanged)"
    print(translate("Cli", key).format(seal=seal.id), file=sys.stderr)
    print(translate("Cli", "Content SHA-256: {hash}").format(hash=seal.content_sha256))
    for path in written:
        print(path)
    return 0


def _seal_json(seal: Any, me: str) -> dict[str, Any]:
    return {
        "seal_id": seal.id,
        "meeting_id": seal.meeting_id,
        "policy": seal.policy,
        "language": seal.language,
        "sealed_on": seal.sealed_on,
        "sealed_by": seal.sealed_by_name,
        "content_sha256": seal.content_sha256,
        "pdf_sha256": seal.pdf_sha256,
        "formats": list(seal.formats),
        "signed_by": [s.org_name for s in seal.signatures],
        "signed_here": any(s.org_id == me for s in seal.signatures),
    }


def cmd_list(args: argparse.Namespace) -> int:
    from app.exchange.seals import list_seals

    with unlock(args) as vault:
        seals = list_seals(vault.conn)
        me = vault.org_id
    if args.json:
        print_json([_seal_json(s, me) for s in seals])
        return 0
    for s in seals:
        names = ", ".join(safe_text(x.org_name) for x in s.signatures)
        mark = "" if any(x.org_id == me for x in s.signatures) else " *"
        print(f"{s.id}  {s.sealed_on}  {s.policy:<8}  {s.language}  {names}{mark}")
    if any(not any(x.org_id == me for x in s.signatures) for s in seals):
        print(translate("Cli", "* not signed by your organisation yet"), file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from app.exchange.seals import check_seal, format_of, get_seal, write_export

    with unlock(args) as vault:
        seal = get_seal(vault.conn, args.seal_id)
    check_seal(seal)
    if args.output:
        fmt = format_of(args.output)
        if fmt not in seal.formats:
            from app.errors import SealFormatMissing

            raise SealFormatMissing()
        write_export(_free(args.output), seal.file(fmt))
    print(
        translate("Cli", "Sealed by {org} on {date}; redaction {policy}").format(
            org=safe_text(seal.sealed_by_name), date=seal.sealed_on, policy=seal.policy
        )
    )
    print(translate("Cli", "Content SHA-256: {hash}").format(hash=seal.content_sha256))
    print(translate("Cli", "PDF SHA-256:     {hash}").format(hash=seal.pdf_sha256))
    if "odt" in seal.formats:
        print(translate("Cli", "ODT SHA-256:     {hash}").format(hash=seal.file_sha256("odt")))
    if "docx" in seal.formats:
        print(translate("Cli", "DOCX SHA-256:    {hash}").format(hash=seal.file_sha256("docx")))
    for line in seal.report_text.splitlines():
        print(safe_text(line))
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from app.exchange.contacts import find_contact
    from app.exchange.exporter import export_bundle
    from app.exchange.seal_exchange import bundle_policy, request_files
    from app.exchange.seals import check_seal, get_seal

    out = _free(args.output)
    if out.exists():
        raise InvalidInput(
            translate("Errors", "The output file exists already; choose another name.")
        )
    with unlock(args) as vault:
        seal = get_seal(vault.conn, args.seal_id)
        check_seal(seal)
        if not any(s.org_id == vault.org_id for s in seal.signatures):
            raise InvalidInput(
                translate("Errors", "Co-sign this sealed report before passing it on.")
            )
        recipients = [find_contact(vault.conn, name) for name in args.to]
        export_bundle(
            vault,
            recipients,
            [seal.meeting_id],
            out,
            policy=bundle_policy(seal, vault.org_id),
            seal_files=request_files(seal),
        )
    print(translate("Cli", "Wrote {file}: please co-sign {seal}").format(file=out, seal=seal.id))
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from app.exchange.contacts import find_contact
    from app.exchange.exporter import export_bundle
    from app.exchange.seal_exchange import bundle_policy, reply_files
    from app.exchange.seals import cosign, get_seal

    out = _free(args.output)
    if out.exists():
        raise InvalidInput(
            translate("Errors", "The output file exists already; choose another name.")
        )
    if not args.yes:
        raise InvalidInput(
            translate(
                "Errors",
                "Read the sealed report first (roundtable cosign show), then sign with --yes.",
            )
        )
    with unlock(args) as vault:
        recipient = find_contact(vault.conn, args.to)
        sig = cosign(vault, args.seal_id)
        seal = get_seal(vault.conn, args.seal_id)
        export_bundle(
            vault,
            [recipient],
            [seal.meeting_id],
            out,
            policy=bundle_policy(seal, vault.org_id),
            seal_files=reply_files(seal, sig),
        )
    print(translate("Cli", "Signed {seal}; wrote {file}").format(seal=seal.id, file=out))
    return 0

"""identity, contacts, export, verify, import, conflicts (DESIGN §5)."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    add_passphrase_arg,
    add_vault_arg,
    error_message,
    print_json,
    safe_text,
    translate,
    unlock,
)
from app.domain.values import RedactionPolicy
from app.errors import (
    BundleAlreadyImported,
    ConflictNotFound,
    InvalidInput,
    RenameNotConfirmed,
    RoundtableError,
)
from app.i18n import N_

if TYPE_CHECKING:
    from app.exchange.conflicts import Conflict
    from app.exchange.importer import Preview


def register(sub: Any) -> None:
    p = sub.add_parser(
        "identity", help=translate("Cli", "show your organisation's fingerprint; write its card")
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--card",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "write your contact card to FILE"),
    )
    p.add_argument(
        "--minisign-pub",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "write a minisign .pub for auditors"),
    )
    p.add_argument(
        "--rotate",
        action="store_true",
        help=translate(
            "Cli",
            "replace your keys; the new card (signed by the old key) must go to every partner",
        ),
    )
    p.set_defaults(func=cmd_identity)

    p = sub.add_parser(
        "contacts", help=translate("Cli", "partner organisations you exchange bundles with")
    )
    csub = p.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    q = csub.add_parser("add", help=translate("Cli", "add (or update) a contact from its card"))
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("card", type=Path, metavar="CARD")
    q.add_argument(
        "--verified",
        action="store_true",
        help=translate("Cli", "you already compared the fingerprint"),
    )
    q.add_argument(
        "--accept-rename",
        action="store_true",
        help=translate(
            "Cli",
            "accept a new name for a known contact (otherwise shown and asked, or refused)",
        ),
    )
    q.set_defaults(func=cmd_contacts_add)
    q = csub.add_parser("list", help=translate("Cli", "list contacts with fingerprints"))
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    q.set_defaults(func=cmd_contacts_list)
    q = csub.add_parser(
        "verify", help=translate("Cli", "confirm a contact's fingerprint after comparing it")
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("contact", metavar="CONTACT", help=translate("Cli", "name or fingerprint"))
    q.add_argument(
        "--fingerprint",
        metavar="DIGITS",
        help=translate("Cli", "the fingerprint your partner read to you"),
    )
    q.set_defaults(func=cmd_contacts_verify)
    q = csub.add_parser(
        "remove",
        help=translate("Cli", "remove a contact (its records stay; its key is no longer accepted)"),
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("contact", metavar="CONTACT", help=translate("Cli", "name or fingerprint"))
    q.add_argument("--yes", action="store_true", help=translate("Cli", "remove without asking"))
    q.set_defaults(func=cmd_contacts_remove)

    p = sub.add_parser(
        "export", help=translate("Cli", "write a signed, encrypted bundle for partners")
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--to", nargs="+", required=True, metavar="CONTACT", help=translate("Cli", "recipients")
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--meeting", nargs="+", metavar="ID", help=translate("Cli", "these meetings")
    )
    which.add_argument("--all", action="store_true", help=translate("Cli", "every meeting"))
    which.add_argument("--series", metavar="ID", help=translate("Cli", "every meeting of a series"))
    which.add_argument(
        "--from", dest="date_from", metavar="DATE", help=translate("Cli", "meetings from DATE")
    )
    p.add_argument(
        "--to-date", metavar="DATE", help=translate("Cli", "meetings up to DATE (with --from)")
    )
    p.add_argument(
        "--redact",
        choices=[x.value for x in RedactionPolicy],
        default=RedactionPolicy.PARTNERS.value,
        help=translate("Cli", "what partners may see (default: partners)"),
    )
    p.add_argument(
        "--attachments", action="store_true", help=translate("Cli", "include attached files")
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=translate("Cli", "bundle file to write")
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "verify", help=translate("Cli", "check a bundle's signature (no vault needed)")
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--signer",
        type=Path,
        action="append",
        default=[],
        metavar="CARD_OR_PUB",
        help=translate(
            "Cli", "the sender's card or minisign .pub (with --seal: each organiser's, repeated)"
        ),
    )
    p.add_argument(
        "--seal",
        action="store_true",
        help=translate(
            "Cli", "FILE is a sealed report: check every FILE.ORGANISATION.minisig beside it"
        ),
    )
    p.add_argument(
        "--history",
        action="store_true",
        help=translate("Cli", "check the sender's signed change-log checkpoint"),
    )
    p.add_argument(
        "--since",
        type=Path,
        action="append",
        default=[],
        metavar="EARLIER",
        help=translate(
            "Cli", "with --history: an earlier bundle of the same sender (may be repeated)"
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.set_defaults(func=cmd_verify, verify_parser=p)

    p = sub.add_parser("import", help=translate("Cli", "check and merge a bundle from a partner"))
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "show what would change; change nothing"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "conflicts",
        help=translate(
            "Cli", "imported changes waiting for your decision (conflicts, held-back privacy)"
        ),
    )
    csub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    q = csub.add_parser(
        "list", help=translate("Cli", "list them, with what a privacy change would reveal")
    )
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    q.set_defaults(func=cmd_conflicts_list)
    q = csub.add_parser("resolve", help=translate("Cli", "decide one (ID from `conflicts list`)"))
    add_vault_arg(q)
    add_passphrase_arg(q)
    q.add_argument("id", type=int, metavar="ID")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--keep",
        action="store_true",
        help=translate("Cli", "keep this vault's value (for a privacy flag: keep it protected)"),
    )
    how.add_argument(
        "--accept",
        action="store_true",
        help=translate(
            "Cli", "take the partner's value (for a privacy flag: lower it; shows what it reveals)"
        ),
    )
    q.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "with --accept on a privacy flag: confirm the reveal"),
    )
    q.set_defaults(func=cmd_conflicts_resolve)


def _read(path: Path, limit: int = 1 << 20) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError:
        raise InvalidInput(translate("Errors", "The file could not be read.")) from None
    if len(data) > limit:
        raise InvalidInput(translate("Errors", "The file is too large for a card or key."))
    return data


def cmd_identity(args: argparse.Namespace) -> int:
    from app.crypto import signing
    from app.crypto.identity import load_identity
    from app.exchange.contacts import own_card, rotate_identity
    from app.storage.files import write_private_atomic

    if args.rotate and not args.card:
        # Checked before anything changes: new keys without their card would strand partners.
        raise InvalidInput(
            translate("Errors", "Give --card FILE with --rotate so the new card is saved.")
        )
    with unlock(args) as vault:
        if args.rotate:
            card = rotate_identity(vault, lambda raw: write_private_atomic(args.card, raw))
            print(
                translate(
                    "Cli",
                    "New keys made. Send the new card to every partner: "
                    "it is signed by the old key.",
                )
            )
        else:
            card = own_card(vault)
        ident = load_identity(vault.conn)
        print(translate("Cli", "Organisation: {name}").format(name=safe_text(vault.org_name)))
        print(translate("Cli", "Fingerprint:  {fingerprint}").format(fingerprint=card.fingerprint))
        print(translate("Cli", "Signing key:  {key}").format(key=card.minisign_public))
        print(translate("Cli", "Age recipient: {recipient}").format(recipient=ident.age_recipient))
        if args.card:
            write_private_atomic(args.card, card.raw)
            print(translate("Cli", "Card written to {file}").format(file=args.card))
        if args.minisign_pub:
            pub = signing.public_key_file(
                ident.sign_key_id, ident.sign_public, f"Roundtable key of {_ascii(vault.org_name)}"
            )
            write_private_atomic(args.minisign_pub, pub)
            print(
                translate("Cli", "minisign public key written to {file}").format(
                    file=args.minisign_pub
                )
            )
    return 0


def _status(status: str) -> str:
    labels = {
        "added": translate("Cli", "added"),
        "unchanged": translate("Cli", "unchanged"),
        "rotated": translate("Cli", "rotated"),
        "renamed": translate("Cli", "renamed"),
    }
    return labels.get(status, status)


def _yes(answer: str) -> bool:
    # English y/yes always work; a translation may add its own word (one per line).
    words = {"y", "yes", *translate("Cli", "y\nyes").split("\n")}
    return answer.strip().lower() in words


def _ascii(text: str) -> str:
    return "".join(ch if " " <= ch < "\x7f" else "?" for ch in text)


def cmd_contacts_add(args: argparse.Namespace) -> int:
    from app.exchange.contacts import add_contact, check_card

    card = _read(args.card)
    with unlock(args) as vault:
        check = check_card(vault, card)
        accept = args.accept_rename
        if check.renames and not accept:
            # A partner's name is what people recognise it by: never changed unseen.
            print(
                translate("Cli", "This card renames a contact: {old} → {new}").format(
                    old=safe_text(check.old_name), new=safe_text(check.card.org_name)
                )
            )
            if check.status == "rotated":
                key = translate("Cli", "a new key, signed by the old one")
            else:
                key = translate("Cli", "the same key")
            print(
                translate("Cli", "Fingerprint: {fingerprint} ({key})").format(
                    fingerprint=check.card.fingerprint, key=key
                )
            )
            if not sys.stdin.isatty():
                raise RenameNotConfirmed()
            try:
                answer = input(translate("Cli", "Accept the new name? [y/N] "))
            except EOFError:
                answer = ""
            if not _yes(answer):
                print(
                    translate("Cli", "Not renamed: the contact keeps the name {name}.").format(
                        name=safe_text(check.old_name)
                    )
                )
                return 1
            accept = True
        result = add_contact(vault, card, verified=args.verified, accept_rename=accept)
    c = result.contact
    if result.old_name:
        print(f"{_status(result.status)}: {safe_text(result.old_name)} → {safe_text(c.org_name)}")
    else:
        print(f"{_status(result.status)}: {safe_text(c.org_name)}")
    print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=c.fingerprint))
    if not c.verified:
        print(
            translate(
                "Cli",
                "Unverified: compare this fingerprint with your partner (in person or by a call),",
            )
        )
        print(translate("Cli", "then run `roundtable contacts verify` to confirm it."))
    return 0


def cmd_contacts_list(args: argparse.Namespace) -> int:
    from app.exchange.contacts import key_history, list_contacts

    with unlock(args) as vault:
        contacts = list_contacts(vault.conn)
        history = {c.org_id: key_history(vault.conn, c.org_id) for c in contacts}
    if args.json:
        print_json(
            [
                {
                    "org_id": c.org_id,
                    "org_name": c.org_name,
                    "fingerprint": c.fingerprint,
                    "verified": c.verified,
                    "minisign_public": c.minisign_public,
                    "age_recipient": c.age_recipient,
                    "keys": len(history[c.org_id]),
                }
                for c in contacts
            ]
        )
        return 0
    for c in contacts:
        status = translate("Cli", "verified") if c.verified else translate("Cli", "UNVERIFIED")
        print(f"{c.fingerprint}  {status:<10}  {safe_text(c.org_name)}")
    return 0


def cmd_contacts_verify(args: argparse.Namespace) -> int:
    from app.exchange.contacts import find_contact, verify_contact

    with unlock(args) as vault:
        contact = find_contact(vault.conn, args.contact)
        compared = args.fingerprint
        if compared is None:
            if not sys.stdin.isatty():
                raise InvalidInput(
                    translate(
                        "Errors", "Give --fingerprint with the digits your partner read to you."
                    )
                )
            print(f"{safe_text(contact.org_name)}: {contact.fingerprint}")
            try:
                answer = input(
                    translate("Cli", "Did your partner read exactly these digits to you? [y/N] ")
                )
            except EOFError:
                answer = ""
            if not _yes(answer):
                print(translate("Cli", "Not verified."))
                return 1
        verify_contact(vault, contact.org_id, compared)
    print(translate("Cli", "Verified: {name}").format(name=safe_text(contact.org_name)))
    return 0


REMOVAL_EXPLAINED = N_(
    "Cli",
    "Removing it: bundles signed by its key are no longer accepted, it can no longer change "
    "any record, and a card with the same organisation id can then be added (compare that "
    "card's fingerprint with the organisation first). The records it sent stay in your vault "
    "as your own. Bundles you already sent it cannot be taken back.",
)


def cmd_contacts_remove(args: argparse.Namespace) -> int:
    from app.exchange.contacts import find_contact, remove_contact

    with unlock(args) as vault:
        contact = find_contact(vault.conn, args.contact)
        if contact.verified:
            status = translate("Cli", "verified")
        else:
            status = translate("Cli", "UNVERIFIED")
        print(translate("Cli", "Contact: {name}").format(name=safe_text(contact.org_name)))
        print(
            translate("Cli", "Fingerprint: {fingerprint} ({status})").format(
                fingerprint=contact.fingerprint, status=status
            )
        )
        print(translate("Cli", REMOVAL_EXPLAINED))
        if not args.yes:
            if not sys.stdin.isatty():
                raise InvalidInput(N_("Errors", "Removing a contact needs confirming: add --yes."))
            try:
                answer = input(translate("Cli", "Remove this contact? [y/N] "))
            except EOFError:
                answer = ""
            if not _yes(answer):
                print(translate("Cli", "Not removed."))
                return 1
        removal = remove_contact(vault, contact.org_id)
    print(
        translate("Cli", "Removed: {name} ({fingerprint}).").format(
            name=safe_text(contact.org_name), fingerprint=contact.fingerprint
        )
    )
    if removal.records_kept:
        print(
            translate("Cli", "{count} record(s) it sent stay in your vault.").format(
                count=removal.records_kept
            )
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.crypto.bundle import default_file_name
    from app.exchange.contacts import find_contact
    from app.exchange.exporter import export_bundle, select_meetings

    if args.to_date and not args.date_from:
        raise InvalidInput(translate("Errors", "--to-date goes with --from."))
    out = args.output or Path(default_file_name())
    if out.exists():
        raise InvalidInput(
            translate("Errors", "The output file exists already; choose another name.")
        )
    with unlock(args) as vault:
        recipients = [find_contact(vault.conn, name) for name in args.to]
        ids = select_meetings(
            vault.store,
            meeting_ids=args.meeting or (),
            all_meetings=args.all,
            series_id=args.series or "",
            date_from=args.date_from or "",
            date_to=args.to_date or "",
        )
        result = export_bundle(
            vault,
            recipients,
            ids,
            out,
            policy=args.redact,
            include_attachments=args.attachments,
        )
    print(
        translate(
            "Cli",
            "Wrote {file}: {meetings} meeting(s), {records} records, "
            "{attachments} attachment(s), redaction {redaction}, for {recipients}",
        ).format(
            file=out,
            meetings=result.meetings,
            records=result.records,
            attachments=result.attachments,
            redaction=args.redact,
            recipients=", ".join(safe_text(n) for n in result.recipients),
        )
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    if args.seal:
        return _verify_seal(args)
    from app.crypto.bundle_reader import OuterBundle
    from app.exchange.verify import verify_bundle

    if len(args.signer) > 1:
        args.verify_parser.error(translate("Cli", "give one --signer for a bundle"))
    args.signer = args.signer[0] if args.signer else None
    if args.signer is None:
        with OuterBundle(args.file) as bundle:
            key = bundle.key_id.hex()
        print(
            translate("Cli", "Signed with key id {key} (not checked).").format(key=key),
            file=sys.stderr,
        )
        raise InvalidInput(
            translate(
                "Errors",
                "Give the sender's contact card or minisign .pub with --signer to check it.",
            )
        )
    if args.history:
        return _verify_history(args)
    if args.since:
        args.verify_parser.error(translate("Cli", "--since needs --history"))
    result = verify_bundle(args.file, args.signer)
    if args.json:
        print_json({"valid": True, **dataclasses.asdict(result)})
        return 0
    print(translate("Cli", "Signature valid."))
    print(translate("Cli", "Signer:      {name}").format(name=safe_text(result.signer)))
    if result.signer_from_card and not result.stated_matches_card:
        print(translate("Cli", "Stated name: {name}").format(name=safe_text(result.stated_sender)))
    print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=result.fingerprint))
    print(translate("Cli", "Bundle:      {bundle}").format(bundle=result.bundle_id))
    print(translate("Cli", "Sequence:    {seq}").format(seq=result.seq))
    print(translate("Cli", "Created:     {created}").format(created=safe_text(str(result.created))))
    return 0


def _verify_seal(args: argparse.Namespace) -> int:
    from app.exchange.seals import verify_files

    if not args.signer:
        raise InvalidInput(
            translate(
                "Errors", "Give each organiser's contact card or minisign .pub with --signer."
            )
        )
    result = verify_files(args.file, list(args.signer))
    if args.json:
        print_json(
            {
                "valid": True,
                "format": result.format,
                "file_sha256": result.file_sha256,
                "content_sha256": result.signatures[0].content_sha256,
                "embedded_content_matches": bool(result.content_sha256),
                "seal_id": result.signatures[0].seal_id,
                "meeting_id": result.signatures[0].meeting_id,
                "signatures": [
                    {
                        "file": s.path.name,
                        "signer": s.signer,
                        "org_id": s.org_id,
                        "fingerprint": s.fingerprint,
                    }
                    for s in result.signatures
                ],
            }
            | ({"pdf_sha256": result.file_sha256} if result.format == "pdf" else {})
        )
        return 0
    print(translate("Cli", "Sealed report: every signature valid."))
    print(translate("Cli", "Seal:            {seal}").format(seal=result.signatures[0].seal_id))
    print(
        translate("Cli", "Content SHA-256: {hash}").format(hash=result.signatures[0].content_sha256)
    )
    if not result.content_sha256:
        print(translate("Cli", "The file carries no copy of the sealed content to compare."))
    for s in result.signatures:
        print(
            translate("Cli", "Signed by {name} ({fingerprint}): {file}").format(
                name=safe_text(s.signer), fingerprint=s.fingerprint, file=s.path.name
            )
        )
    return 0


def _verify_history(args: argparse.Namespace) -> int:
    from app.exchange.verify import verify_history

    found = verify_history(args.file, args.signer, list(args.since))
    if args.json:
        print_json(
            {
                "valid": True,
                "signer": found[0].bundle.signer,
                "fingerprint": found[0].bundle.fingerprint,
                "checkpoints": [
                    {
                        "bundle_id": c.bundle.bundle_id,
                        "seq": c.bundle.seq,
                        "count": c.count,
                        "head": c.head,
                    }
                    for c in sorted(found, key=lambda c: c.bundle.seq)
                ],
            }
        )
        return 0
    print(translate("Cli", "Signature valid."))
    print(translate("Cli", "Signer:      {name}").format(name=safe_text(found[0].bundle.signer)))
    print(
        translate("Cli", "Fingerprint: {fingerprint}").format(
            fingerprint=found[0].bundle.fingerprint
        )
    )
    for c in sorted(found, key=lambda c: c.bundle.seq):
        print(
            translate("Cli", "Sequence {seq}: {count} changes, head {head}").format(
                seq=c.bundle.seq, count=c.count, head=c.head
            )
        )
    if len(found) > 1:
        print(translate("Cli", "The change log only grew between these bundles."))
    return 0


def _print_preview(preview: Preview, applied: bool) -> None:
    from app.exchange.importer import localised_warning

    print(
        translate(
            "Cli",
            "Bundle {bundle} from {sender} (sequence {seq}, {created}, redaction {redaction})",
        ).format(
            bundle=preview.bundle_id,
            sender=safe_text(preview.sender),
            seq=preview.seq,
            created=preview.created,
            redaction=preview.policy or "?",
        )
    )
    print(
        translate("Cli", "Fingerprint: {fingerprint}").format(
            fingerprint=preview.sender_fingerprint
        )
    )
    for w in preview.warnings:
        print(
            translate("Cli", "Warning: {warning}").format(
                warning=safe_text(localised_warning(w, translate))
            )
        )
    s = preview.summary()
    summary = (
        translate(
            "Cli",
            "Imported: {new} new, {updated} updated, {deleted} deleted, {conflicting} "
            "conflicting, {unchanged} unchanged records; {attachments} attachment file(s).",
        )
        if applied
        else translate(
            "Cli",
            "Would import: {new} new, {updated} updated, {deleted} deleted, {conflicting} "
            "conflicting, {unchanged} unchanged records; {attachments} attachment file(s).",
        )
    )
    print(summary.format(**s))
    if preview.seal is not None and preview.seal.kind == "request":
        print(
            translate(
                "Cli",
                "Asks you to co-sign sealed report {seal}: read it with roundtable cosign show, "
                "then sign with roundtable cosign sign.",
            ).format(seal=preview.seal.seal.id)
        )
    elif preview.seal is not None:
        print(
            translate("Cli", "Co-signature of sealed report {seal} by {names}.").format(
                seal=preview.seal.seal.id,
                names=", ".join(safe_text(x.org_name) for x in preview.seal.signatures),
            )
        )
    for change in preview.changes:
        if change.kind == "conflict":
            fields = ", ".join(f.name for f in change.fields if f.conflict and not f.held)
            print(
                translate("Cli", "  conflict  {table}  {label}  ({fields})").format(
                    table=change.table, label=safe_text(change.label), fields=fields
                )
            )
    if preview.conflicts:
        print(
            translate(
                "Cli", "Both sides changed these fields; resolve them in the app (Conflicts)."
            )
        )
    held = preview.held_back
    if held:
        print(
            translate(
                "Cli",
                "{count} privacy change(s) held back: the partner lowered these flags; they "
                "stay set until you accept (roundtable conflicts list).",
            ).format(count=len(held))
        )
        for change, f in held:
            print(
                translate("Cli", "  held      {table}  {label}  ({field})").format(
                    table=change.table, label=safe_text(change.label), field=f.name
                )
            )
    if preview.refused:
        print(
            translate(
                "Cli",
                "{count} change(s) refused: records this partner was never sent, or "
                "your own organisation's record (docs/trust-rules.md).",
            ).format(count=len(preview.refused))
        )
        for change in preview.refused:
            print(
                translate("Cli", "  refused   {table}  {label}").format(
                    table=change.table, label=safe_text(change.label)
                )
            )


def _preview_json(preview: Preview, applied: bool) -> dict[str, Any]:
    return {
        "applied": applied,
        "bundle_id": preview.bundle_id,
        "sender": preview.sender,
        "fingerprint": preview.sender_fingerprint,
        "seq": preview.seq,
        "created": preview.created,
        "policy": preview.policy,
        "warnings": preview.warnings,
        "summary": preview.summary(),
        "log": preview.log.as_json() if preview.log else None,
        "seal": preview.seal.summary() if preview.seal else None,
        "changes": [
            {
                "table": c.table,
                "id": c.record_id,
                "label": c.label,
                "kind": c.kind,
                "fields": [f.name for f in c.fields],
                "conflicting_fields": [f.name for f in c.fields if f.conflict and not f.held],
                "held_back_fields": [f.name for f in c.fields if f.held],
            }
            for c in preview.changes
        ],
        "refused": [
            {
                "table": c.table,
                "id": c.record_id,
                "label": c.label,
                "fields": [f.name for f in c.fields],
            }
            for c in preview.refused
        ],
    }


def cmd_import(args: argparse.Namespace) -> int:
    from app.exchange.importer import import_bundle

    with unlock(args) as vault:
        try:
            preview = import_bundle(vault, args.file, dry_run=args.dry_run)
        except BundleAlreadyImported as exc:
            # A seen bundle id is a no-op (DESIGN §4): nothing changed, nothing failed.
            print(error_message(exc))
            return 0
    if args.json:
        print_json(_preview_json(preview, not args.dry_run))
    else:
        _print_preview(preview, not args.dry_run)
    return 0


def _conflict_json(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "table": c.table,
        "record_id": c.record_id,
        "label": c.label,
        "field": c.field,
        "kind": "privacy" if c.privacy else "conflict",
        "ours": c.local_value,
        "theirs": c.incoming_value,
        "from": c.source,
        "reveals": [{"what": w, "value": v} for w, v in c.reveals],
    }


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from app.exchange.conflicts import list_conflicts

    with unlock(args) as vault:
        conflicts = list_conflicts(vault)
    if args.json:
        print_json([_conflict_json(c) for c in conflicts])
        return 0
    if not conflicts:
        print(translate("Cli", "No conflicts and no held-back privacy changes."))
    for c in conflicts:
        label = safe_text(c.label)
        source = safe_text(c.source)
        if c.privacy:
            print(
                translate(
                    "Cli", "{id}  privacy  {table}  {label}  {field}: kept set; {source} lowers it"
                ).format(id=c.id, table=c.table, label=label, field=c.field, source=source)
            )
            for what, value in c.reveals:
                print(
                    translate("Cli", "      would reveal {what}: {value}").format(
                        what=translate("ConflictsView", what), value=safe_text(value)
                    )
                )
        else:
            ours, theirs = safe_text(repr(c.local_value)), safe_text(repr(c.incoming_value))
            print(
                translate(
                    "Cli",
                    "{id}  conflict {table}  {label}  {field}: ours {ours}, {source}: {theirs}",
                ).format(
                    id=c.id,
                    table=c.table,
                    label=label,
                    field=c.field,
                    ours=ours,
                    source=source,
                    theirs=theirs,
                )
            )
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from app.exchange.conflicts import list_conflicts, resolve_conflict

    with unlock(args) as vault:
        found = [c for c in list_conflicts(vault) if c.id == args.id]
        if not found:
            raise ConflictNotFound()
        c = found[0]
        if args.keep:
            value = True if c.privacy else c.local_value
        else:
            if isinstance(c.incoming_value, list) and not c.privacy:
                raise InvalidInput(
                    N_("Errors", "Several values stand for this field; choose in the app.")
                )
            if c.privacy and not args.yes:
                for what, shown in c.reveals:
                    print(
                        translate("Cli", "Would reveal {what}: {value}").format(
                            what=translate("ConflictsView", what), value=safe_text(shown)
                        )
                    )
                raise InvalidInput(
                    N_(
                        "Errors",
                        "Lowering a privacy flag makes this visible to partners and in reports; "
                        "add --yes to confirm.",
                    )
                )
            value = c.accept_value
        resolve_conflict(vault, c.id, value)
    print(translate("Cli", "Resolved."))
    return 0


__all__ = ["RoundtableError", "register"]

"""history: a record's earlier values, who changed them and when (docs/history.md)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import (
    add_passphrase_arg,
    add_vault_arg,
    print_json,
    safe_text,
    translate,
    unlock,
)
from app.errors import InvalidInput, NotFound


def register(sub: Any) -> None:
    p = sub.add_parser(
        "history", help=translate("Cli", "show a record's earlier values and who changed them")
    )
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("record_id", metavar="RECORD_ID")
    p.add_argument(
        "--restore",
        type=int,
        metavar="N",
        help=translate(
            "Cli",
            "bring back the values the record had after entry #N, as a new change "
            "(a deleted record comes back)",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.set_defaults(func=cmd_history)


def _org_names(conn: Any) -> dict[str, str]:
    names = {str(i): str(n) for i, n in conn.execute("SELECT id, name FROM organisations")}
    names.update({str(i): str(n) for i, n in conn.execute("SELECT org_id, org_name FROM contacts")})
    return names


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = safe_text(text).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


def cmd_history(args: argparse.Namespace) -> int:
    from app.storage import history  # here: its record types cost every command ~20 ms

    with unlock(args) as vault:
        now, entries = history.record_history(vault.conn, args.record_id)
        if now is not None and args.restore is not None:
            if args.restore not in {e.n for e in entries if e.n and e.kind != history.CONFLICT}:
                raise InvalidInput(
                    translate("Errors", "No such entry in this record's history: {n}.").format(
                        n=args.restore
                    )
                )
            history.restore_version(vault.store, args.record_id, args.restore)
            print(
                translate("Cli", "Restored as a new change: the record as after #{n}.").format(
                    n=args.restore
                ),
                file=sys.stderr,
            )
            now, entries = history.record_history(vault.conn, args.record_id)
        names = _org_names(vault.conn)
    if now is None:
        raise NotFound()
    if args.json:
        print_json(
            {
                "table": now.TABLE,
                "id": now.id,
                "deleted": now.deleted,
                "entries": [
                    {**history.as_dict(e), "org_name": names.get(e.org_id, "")} for e in entries
                ],
            }
        )
        return 0
    print(f"{now.TABLE} {now.id}" + (" " + translate("Cli", "(deleted)") if now.deleted else ""))
    kinds = {
        history.CREATE: translate("Cli", "created"),
        history.UPDATE: translate("Cli", "changed"),
        history.DELETE: translate("Cli", "deleted"),
        history.RESTORE: translate("Cli", "restored"),
        history.CONFLICT: translate("Cli", "conflict kept"),
    }
    for e in entries:
        who = safe_text(names.get(e.org_id, e.org_id))
        where = ""
        if e.bundle_id:
            where = " " + translate("Cli", "(bundle {bundle})").format(bundle=e.bundle_id)
        if e.device:
            where += " " + translate("Cli", "(as recorded by {vault})").format(
                vault=safe_text(names.get(e.device, e.device))
            )
        number = f"#{e.n}" if e.n else "-"
        print(f"{number:>7}  {e.at}  {kinds.get(e.kind, e.kind)}  {who}{where}")
        for c in e.changes:
            if e.kind == history.CREATE:
                continue
            if e.device:
                print(f"         {c.field}: {_shown(c.before)}")
            elif c.before != c.after:
                print(f"         {c.field}: {_shown(c.before)} → {_shown(c.after)}")
        for name, value in e.other.items():
            print(
                "         "
                + translate("Cli", "{field}: other value {value}").format(
                    field=name, value=_shown(value)
                )
            )
    return 0

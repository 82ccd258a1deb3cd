"""meetings, actions, search."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from app.cli.common import (
    add_passphrase_arg,
    add_vault_arg,
    print_json,
    safe_text,
    translate,
    unlock,
)
from app.domain.values import ActionStatus


def register(sub: Any) -> None:
    p = sub.add_parser("meetings", help=translate("Cli", "list meetings (id, title, dates)"))
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("actions", help=translate("Cli", "list action items"))
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument(
        "--status",
        choices=[s.value for s in ActionStatus],
        action="append",
        help=translate("Cli", "only items with this status (may be repeated)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.set_defaults(func=cmd_actions)

    p = sub.add_parser("search", help=translate("Cli", "full-text search across the vault"))
    add_vault_arg(p)
    add_passphrase_arg(p)
    p.add_argument("query", help=translate("Cli", "words to search for"))
    p.add_argument(
        "--limit",
        type=int,
        default=20,
        help=translate("Cli", "show at most this many hits (default: 20)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.set_defaults(func=cmd_search)


def _all_pages(fetch: Any, page: int = 1000) -> list[Any]:
    rows: list[Any] = []
    while True:
        batch = fetch(limit=page, offset=len(rows))
        rows += batch
        if len(batch) < page:
            return rows


def cmd_meetings(args: argparse.Namespace) -> int:
    from app.storage import queries

    with unlock(args) as vault:
        rows = _all_pages(lambda **kw: queries.list_meetings(vault.conn, **kw))
    if args.json:
        print_json([dataclasses.asdict(r) for r in rows])
        return 0
    for r in rows:
        dates = (
            r.start_date if r.end_date in ("", r.start_date) else f"{r.start_date}..{r.end_date}"
        )
        print(f"{r.id}  {dates:<22}  {safe_text(r.title)}")
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    from app.storage import queries

    flt = queries.ActionFilter(statuses=tuple(args.status or ()))
    with unlock(args) as vault:
        rows = _all_pages(lambda **kw: queries.list_actions(vault.conn, flt, **kw))
    if args.json:
        print_json([dataclasses.asdict(r) for r in rows])
        return 0
    for r in rows:
        print(
            f"{r.id}  {r.status:<11}  {r.due_date or '-':<10}  "
            f"{safe_text(r.owner_name)[:24]:<24}  {safe_text(r.text)}"
        )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from app.storage.search import search

    with unlock(args) as vault:
        results = search(vault.conn, args.query, limit=max(1, args.limit))
    if args.json:
        print_json(
            {
                "query": results.query,
                "total": results.total,
                "more": results.more_than_window,
                "hits": [
                    {
                        "kind": h.table,
                        "id": h.record_id,
                        "meeting_id": h.meeting_id,
                        "meeting_title": h.meeting_title,
                        "snippet": h.snippet,
                        "highlights": [list(s) for s in h.highlights],
                        "score": h.score,
                    }
                    for h in results.hits
                ],
            }
        )
        return 0
    shown = f"{results.total}+" if results.more_than_window else str(results.total)
    print(translate("Cli", "{count} matches").format(count=shown))
    for h in results.hits:
        where = f" — {safe_text(h.meeting_title)}" if h.meeting_title else ""
        print(f"{h.kind}{where} [{h.record_id}]")
        print(f"    {safe_text(h.marked_snippet('«', '»'))}")
    return 0

"""Full-text search over every record, Latin and Khmer script alike (DESIGN §3).

Ranking a common term over a million rows costs seconds while the newest matches cost a fraction
of a millisecond (DESIGN §7), so only small hit sets are ranked: a query matching at most
`WINDOW` documents is ranked by bm25; one matching more lists the newest first. (FTS5's bm25
counts every match of every term in the whole index for its weights, whatever rows it is asked
to score: ranking even the newest 1,000 of 240,000 matches cost 40-50 ms in bench/, listing the
newest 1,000 costs under 15 ms.) Results come in pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.domain.records import TYPE_BY_TABLE
from app.storage import search_text
from app.storage.records import RecordStore, search_body

WINDOW = 1000
SNIPPET_CHARS = 160

KIND_LABELS = {
    "meetings": "Meeting",
    "sessions": "Session",
    "objectives": "Objective",
    "agenda_items": "Agenda item",
    "minute_entries": "Minutes",
    "decisions": "Decision",
    "action_items": "Action item",
    "testimonies": "Testimony",
    "attachments": "Attachment",
    "people": "Person",
    "organisations": "Organisation",
    "series": "Series",
    "themes": "Theme",
}


@dataclass(frozen=True)
class Hit:
    table: str
    record_id: str
    meeting_id: str
    meeting_title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans in `snippet`
    score: float

    @property
    def kind(self) -> str:
        return KIND_LABELS.get(self.table, self.table)

    def marked_snippet(self, before: str = "[", after: str = "]") -> str:
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


@dataclass(frozen=True)
class Results:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    more_than_window: bool = False  # total is at least WINDOW + 1; hits are newest first


def _fts_plan(query: str) -> tuple[str, str, str | None, str] | None:
    """(primary table, its MATCH, secondary table, its MATCH) or None for an empty query."""
    words = search_text.words_query(query)
    runs = [q for q in (search_text.khmer_query(r) for r in search_text.khmer_runs(query)) if q]
    khmer = " AND ".join(runs) if runs else None
    if words and khmer:
        return "search_words", words, "search_khmer", khmer
    if words:
        return "search_words", words, None, ""
    if khmer:
        return "search_khmer", khmer, None, ""
    return None


def search(conn: Any, query: str, *, limit: int = 20, offset: int = 0) -> Results:
    plan = _fts_plan(query)
    if plan is None:
        return Results(query)
    primary, match, secondary, match2 = plan
    extra, params = "", [match]
    if secondary:
        extra = f" AND rowid IN (SELECT rowid FROM {secondary} WHERE {secondary} MATCH ?)"
        params.append(match2)
    base = f"FROM {primary} WHERE {primary} MATCH ?{extra}"
    # One pass for the newest WINDOW + 1 matches: a prefix query ("union*") merges the doclists
    # of every matching term each time it runs, so it should run once.
    newest = [
        r[0]
        for r in conn.execute(
            f"SELECT rowid {base} ORDER BY rowid DESC LIMIT ?", [*params, WINDOW + 1]
        )
    ]
    if not newest:
        return Results(query)
    if len(newest) <= WINDOW:
        total, more = len(newest), False
        rows = conn.execute(
            f"SELECT rowid, bm25({primary}) {base} AND rowid >= ? "
            f"ORDER BY bm25({primary}), rowid DESC LIMIT ? OFFSET ?",
            [*params, newest[-1], limit, offset],
        ).fetchall()
    else:
        total, more = WINDOW, True
        if offset + limit <= len(newest):
            rows = [(rowid, 0.0) for rowid in newest[offset : offset + limit]]
        else:
            rows = conn.execute(
                f"SELECT rowid, 0.0 {base} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
    terms = search_text.query_terms(query)
    hits = [h for h in (_hit(conn, rowid, score, terms) for rowid, score in rows) if h]
    return Results(query, hits, total, more_than_window=more)


def _hit(conn: Any, rowid: int, score: float, terms: list[str]) -> Hit | None:
    doc = conn.execute(
        "SELECT tbl, record_id, meeting_id FROM search_doc WHERE rowid = ?", (rowid,)
    ).fetchone()
    if doc is None:
        return None
    table, record_id, meeting_id = doc
    cls = TYPE_BY_TABLE.get(table)
    if cls is None:
        return None
    store = RecordStore(conn, "")
    record = store.find(cls, record_id)
    if record is None:
        return None
    title = ""
    if meeting_id:
        row = conn.execute("SELECT title FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        title = row[0] if row else ""
    text = " ".join(search_text.normalise(search_body(record)).split())
    snippet, spans = make_snippet(text, terms)
    return Hit(table, record_id, meeting_id, title, snippet, spans, float(score))


def make_snippet(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> tuple[str, tuple]:
    """A window of `text` around the first match, with the spans of every term inside it."""
    folded = text.casefold()
    positions = [
        m.start() for t in terms for m in [re.search(re.escape(t.casefold()), folded)] if m
    ]
    first = min(positions) if positions else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    window = text[start:end]
    spans: list[tuple[int, int]] = []
    folded_window = window.casefold()
    for term in terms:
        for m in re.finditer(re.escape(term.casefold()), folded_window):
            spans.append((m.start() + len(prefix), m.end() + len(prefix)))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return prefix + window + suffix, tuple(merged)

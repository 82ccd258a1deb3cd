"""Export: choose meetings, collect everything they reference, redact, write one bundle."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.crypto import signing
from app.crypto.bundle import AttachmentSource, Party, StagedBundle, WrittenBundle, stage_bundle
from app.crypto.identity import load_identity
from app.domain.records import (
    ALL_PRIVACY_FLAGS,
    ActionItem,
    Affiliation,
    AgendaItem,
    AgendaTheme,
    Attachment,
    Attendance,
    Decision,
    Headcount,
    Meeting,
    MeetingContact,
    MeetingOrganiser,
    MinuteEntry,
    NarrativeSection,
    Objective,
    Organisation,
    Person,
    Record,
    Series,
    Session,
    Testimony,
    Theme,
)
from app.domain.values import RedactionPolicy
from app.errors import BundleRecordedNotWritten, BundleWriteFailed, InvalidInput
from app.exchange import log_check, merge
from app.exchange.contacts import Contact
from app.exchange.redaction import parse_policy, record_redaction
from app.exchange.sent_log import record_sent
from app.exchange.state_store import load_states, save_states, values_of, vouched_contacts
from app.exchange.validate import DATA_FORMAT, is_timestamp
from app.i18n import N_
from app.storage import schema
from app.storage.attachments import iter_attachment
from app.storage.records import RecordStore, utc_now

_BATCH = 500
Progress = Callable[[str, int], None]


def select_meetings(
    store: RecordStore,
    *,
    meeting_ids: Sequence[str] = (),
    all_meetings: bool = False,
    series_id: str = "",
    date_from: str = "",
    date_to: str = "",
) -> list[str]:
    """Meeting ids for one of: explicit ids, all (tombstones too), a series, a date range."""
    if meeting_ids:
        found = []
        for mid in meeting_ids:
            meeting = store.find_any(Meeting, mid)
            if meeting is None:
                raise InvalidInput(N_("Errors", "No meeting with that id."))
            found.append(meeting.id)
        return found
    clauses: list[str] = []
    params: list[Any] = []
    if series_id:
        clauses.append("series_id = ?")
        params.append(series_id)
    if date_from:
        clauses.append("start_date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("start_date <= ?")
        params.append(date_to)
    if not clauses and not all_meetings:
        raise InvalidInput(N_("Errors", "Choose meetings, a series, a date range or all meetings."))
    rows = store.select(
        Meeting, " AND ".join(clauses), params, order_by="start_date", include_deleted=True
    )
    return [m.id for m in rows]


def _in(store: RecordStore, cls: type[Record], column: str, ids: Iterable[str]) -> list[Record]:
    id_list = sorted({i for i in ids if i})
    out: list[Record] = []
    for start in range(0, len(id_list), _BATCH):
        part = id_list[start : start + _BATCH]
        marks = ", ".join("?" for _ in part)
        out += store.select(cls, f"{column} IN ({marks})", part, include_deleted=True)
    return out


@dataclass
class Collected:
    records: dict[type[Record], list[Record]]
    named_people: set[str]

    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


def collect(store: RecordStore, meeting_ids: Sequence[str], policy: RedactionPolicy) -> Collected:
    """Everything the meetings hold or reference, tombstones included (deletions travel)."""
    r: dict[type[Record], list[Record]] = defaultdict(list)
    r[Meeting] = _in(store, Meeting, "id", meeting_ids)
    mids = [m.id for m in r[Meeting]]
    for cls in (
        MeetingOrganiser,
        MeetingContact,
        Objective,
        Session,
        AgendaItem,
        MinuteEntry,
        Decision,
        Testimony,
        Attachment,
        NarrativeSection,
    ):
        r[cls] = _in(store, cls, "meeting_id", mids)
    r[Attendance] = _in(store, Attendance, "session_id", [s.id for s in r[Session]])
    r[Headcount] = _in(store, Headcount, "session_id", [s.id for s in r[Session]])
    r[AgendaTheme] = _in(store, AgendaTheme, "agenda_item_id", [a.id for a in r[AgendaItem]])
    actions = {a.id: a for a in _in(store, ActionItem, "origin_meeting_id", mids)}
    actions.update({a.id: a for a in _in(store, ActionItem, "followup_meeting_id", mids)})
    r[ActionItem] = list(actions.values())
    r[Series] = _in(store, Series, "id", [m.series_id for m in r[Meeting]])  # type: ignore[attr-defined]
    r[Theme] = _in(store, Theme, "id", [t.theme_id for t in r[AgendaTheme]])  # type: ignore[attr-defined]

    if policy != RedactionPolicy.FULL:
        r[MinuteEntry] = [e for e in r[MinuteEntry] if not record_redaction(e, policy).drop]
    g = getattr
    person_ids = {g(a, "person_id") for a in r[Attendance]}
    person_ids |= {g(c, "person_id") for c in r[MeetingContact]}
    person_ids |= {g(e, "speaker_person_id") for e in r[MinuteEntry]}
    person_ids |= {g(s, "facilitator_person_id") for s in r[Session]}
    person_ids |= {g(a, "owner_person_id") for a in r[ActionItem]}
    if policy == RedactionPolicy.FULL:
        person_ids |= {g(t, "person_id") for t in r[Testimony]}
    r[Person] = _in(store, Person, "id", person_ids)
    r[Affiliation] = _in(store, Affiliation, "person_id", [p.id for p in r[Person]])
    org_ids = {g(o, "organisation_id") for o in r[MeetingOrganiser]}
    org_ids |= {g(a, "organisation_id") for a in r[Attendance]}
    org_ids |= {g(p, "organisation_id") for p in r[Person]}
    org_ids |= {g(a, "organisation_id") for a in r[Affiliation]}
    org_ids |= {g(e, "speaker_org_id") for e in r[MinuteEntry]}
    org_ids |= {g(s, "facilitator_org_id") for s in r[Session]}
    org_ids |= {g(a, "owner_org_id") for a in r[ActionItem]}
    r[Organisation] = _in(store, Organisation, "id", org_ids)
    named = vouched_contacts(store.conn, store.actor, r[MeetingContact])
    return Collected(dict(r), named)


def _cautious(record: Record, state: merge.RecordState) -> Record:
    """The record as redaction must see it: a privacy flag that some organisation set still
    counts while that edit stands in an unresolved conflict, whichever value is shown."""
    raised = {}
    for name in ALL_PRIVACY_FLAGS:
        if getattr(record, name, None) is False:
            fs = state.fields.get(name)
            if fs is not None and any(sib[2] is True for sib in fs.sibs):
                raised[name] = True
    return dataclasses.replace(record, **raised) if raised else record


def _named(
    record: Record, collected: Collected, anonymous: set[str], policy: RedactionPolicy
) -> bool:
    if isinstance(record, Person):
        return record.id in collected.named_people
    if isinstance(record, Affiliation):
        pid = record.person_id
        named = policy != RedactionPolicy.PUBLIC or pid in collected.named_people
        return named and pid not in anonymous
    return True


@dataclass
class BuiltData:
    data: dict[str, Any]
    to_save: dict[type[Record], list[tuple[merge.RecordState, Record]]]  # captured local edits
    # what the bundle carries, for app/exchange/sent_log.py: table -> record id -> {field: our
    # highest edit number in the state sent, 0 for none}, fields a redaction hid left out
    sent: dict[str, dict[str, dict[str, int]]]


def build_data(
    store: RecordStore, me: str, collected: Collected, policy: RedactionPolicy
) -> BuiltData:
    """data.json, the captured states to save (local edits become dots first), what was sent."""
    orgs = merge.OrgTable()
    out_records: list[dict[str, Any]] = []
    to_save: dict[type[Record], list[tuple[merge.RecordState, Record]]] = {}
    sent: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
    sensitive = {
        m.id
        for m in collected.records.get(Meeting, [])
        if m.location_sensitive  # type: ignore[attr-defined]
    }
    anonymous = {p.id for p in collected.records.get(Person, []) if p.anonymous}  # type: ignore[attr-defined]
    for cls in _ORDER:
        records = collected.records.get(cls, [])
        if not records:
            continue
        states = load_states(store.conn, cls.TABLE, records)
        changed: list[tuple[merge.RecordState, Record]] = []
        for record in records:
            state = states.get(record.id) or merge.RecordState()
            if merge.capture(state, values_of(record), me):
                changed.append((state, record))
            view = _cautious(record, state)
            if isinstance(view, Person) and view.anonymous:
                anonymous.add(view.id)
            if isinstance(view, Meeting) and view.location_sensitive:
                sensitive.add(view.id)
            rule = record_redaction(
                view,
                policy,
                named=_named(view, collected, anonymous, policy),
                sensitive_meetings=sensitive,
            )
            if rule.drop:
                continue
            shared = state
            if rule.hidden:
                shared = state.copy()
                for name, placeholder in rule.hidden.items():
                    shared.fields.pop(name, None)
                    shared.placeholders[name] = placeholder
            if record.deleted and policy != RedactionPolicy.FULL:
                # The deletion travels, what was deleted does not: only the tombstone flag and
                # the links (ids) that let the recipient pass the deletion on.
                shared = shared.copy() if shared is state else shared
                for name in list(shared.fields):
                    if name != "deleted" and not name.endswith("_id"):
                        del shared.fields[name]
            out_records.append(
                {
                    "t": cls.TABLE,
                    "id": record.id,
                    # A creation time a partner gave that its own check refuses now (a time of
                    # day like 24:00, taken before: docs/bundle-format.md) would make every
                    # recipient refuse the whole bundle: sent as unknown ("") instead.
                    "c": record.created_at if is_timestamp(record.created_at) else "",
                    "s": merge.encode_state(shared, orgs),
                }
            )
            sent[cls.TABLE][record.id] = {n: fs.cc.get(me, 0) for n, fs in shared.fields.items()}
        to_save[cls] = changed
    data = {"format": DATA_FORMAT, "policy": str(policy), "orgs": orgs.orgs, "records": out_records}
    return BuiltData(data, to_save, dict(sent))


_ORDER: tuple[type[Record], ...] = (
    Organisation,
    Person,
    Affiliation,
    Series,
    Theme,
    Meeting,
    MeetingOrganiser,
    MeetingContact,
    Objective,
    Session,
    Attendance,
    Headcount,
    AgendaItem,
    AgendaTheme,
    MinuteEntry,
    Decision,
    ActionItem,
    Testimony,
    Attachment,
    NarrativeSection,
)


@dataclass(frozen=True)
class ExportResult:
    bundle: WrittenBundle
    meetings: int
    records: int
    attachments: int
    recipients: list[str]


def next_sequence(conn: Any) -> tuple[int, str]:
    row = conn.execute(
        "SELECT seq, manifest_sha256 FROM sent_bundles ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (1, "") if row is None else (int(row[0]) + 1, row[1])


def export_bundle(
    vault: Any,
    recipients: Sequence[Contact],
    meeting_ids: Sequence[str],
    out_path: Path,
    *,
    policy: RedactionPolicy | str = RedactionPolicy.PARTNERS,
    include_attachments: bool = False,
    progress: Progress | None = None,
    seal_files: dict[str, bytes] | None = None,
) -> ExportResult:
    """Write one bundle for `recipients`.

    Crash consistency: the bundle is written complete under a temporary name in the destination
    folder; its sequence number is then spent (committed with the rest of the bookkeeping), and
    only then does the file get its final name. A kill before the commit leaves no bundle; after
    it, at worst a gap in the sequence (partners are told of gaps) -- never two bundles with the
    same number, which partners would reject as a rollback."""
    policy = parse_policy(policy)
    if not recipients:
        raise InvalidInput(N_("Errors", "Choose at least one recipient."))
    if not meeting_ids:
        raise InvalidInput(N_("Errors", "No meetings to export."))
    store: RecordStore = vault.store
    ident = load_identity(vault.conn)
    me = vault.org_id
    sender = Party(me, vault.org_name, ident.sign_key_id, ident.sign_public, ident.age_recipient)
    parties = [Party(c.org_id, c.org_name, age_recipient=c.age_recipient) for c in recipients]
    signer = signing.Signer.from_identity(ident)
    staged: StagedBundle | None = None
    try:
        with store.transaction():
            if progress:
                progress("collect", 0)
            collected = collect(store, meeting_ids, policy)
            built = build_data(store, me, collected, policy)
            data, to_save = built.data, built.to_save
            for cls, states in to_save.items():
                save_states(store.conn, cls.TABLE, states)
            for table, records in built.sent.items():  # what each recipient was sent
                record_sent(store.conn, [c.org_id for c in recipients], table, records)
            data_json = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            sources: list[AttachmentSource] = []
            if include_attachments:
                for att in collected.records.get(Attachment, []):
                    if att.deleted:
                        continue
                    sources.append(
                        AttachmentSource(
                            att.id,
                            lambda aid=att.id: iter_attachment(store, aid),
                            sha256=att.sha256,  # iter_attachment checks it as it streams
                        )
                    )
            seq, prev = next_sequence(store.conn)
            to = [c.org_id for c in recipients]
            extra_files, checkpoint = log_check.outgoing(store.conn, to, policy, data["records"])
            extra_files.update(seal_files or {})  # a co-sign request or reply
            staged = stage_bundle(
                out_path,
                signer,
                sender,
                parties,
                seq=seq,
                prev_manifest_sha256=prev,
                data_json=data_json,
                attachments=sources,
                schema_version=schema.LATEST_VERSION,
                progress=progress,
                extra_files=extra_files,
                log=checkpoint,
            )
            written = staged.written
            log_check.sent(store.conn, to, checkpoint, full=policy == RedactionPolicy.FULL)
            store.conn.execute(
                "INSERT INTO sent_bundles (bundle_id, seq, manifest_sha256, created_at, "
                "recipients, policy) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    written.bundle_id,
                    seq,
                    written.manifest_sha256,
                    utc_now(),
                    json.dumps([c.org_id for c in recipients]),
                    str(policy),
                ),
            )
    except BaseException:
        if staged is not None:
            staged.discard()  # not recorded: it must never get its final name
        raise
    finally:
        signer.wipe()
    try:
        staged.publish()  # recorded (sequence number spent): now it may appear
    except BundleWriteFailed:
        raise BundleRecordedNotWritten() from None
    return ExportResult(
        written,
        len(collected.records.get(Meeting, [])),
        len(data["records"]),
        len(sources),
        [c.org_name for c in recipients],
    )

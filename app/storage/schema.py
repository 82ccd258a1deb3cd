"""Schema versions and the ordered steps that migrate a vault between them (STYLE 8).

A step is never edited once released: a vault made by version N is migrated by running every
later step in order, each in its own transaction. `tests/data/` keeps a real vault of every
released version so each step is tested on a real file.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import VaultTooNew

# A connection as sqlcipher3 and the stdlib sqlite3 both provide it.
Connection = object

_META = (
    "id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "revision INTEGER NOT NULL DEFAULT 1, changed_by TEXT NOT NULL DEFAULT '', "
    "deleted INTEGER NOT NULL DEFAULT 0"
)

_V1_TABLES = {
    "organisations": "name TEXT NOT NULL, acronym TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
    "country TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''",
    "people": "name TEXT NOT NULL, code_name TEXT NOT NULL DEFAULT '', "
    "role_title TEXT NOT NULL DEFAULT '', gender TEXT NOT NULL DEFAULT '', "
    "contact TEXT NOT NULL DEFAULT '', anonymous INTEGER NOT NULL DEFAULT 0, "
    "organisation_id TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''",
    "affiliations": "person_id TEXT NOT NULL, organisation_id TEXT NOT NULL, "
    "role_title TEXT NOT NULL DEFAULT ''",
    "series": "name TEXT NOT NULL, description TEXT NOT NULL DEFAULT ''",
    "meetings": "title TEXT NOT NULL, project_title TEXT NOT NULL DEFAULT '', "
    "series_id TEXT NOT NULL DEFAULT '', location_city TEXT NOT NULL DEFAULT '', "
    "location_country TEXT NOT NULL DEFAULT '', location_venue TEXT NOT NULL DEFAULT '', "
    "location_sensitive INTEGER NOT NULL DEFAULT 0, start_date TEXT NOT NULL DEFAULT '', "
    "end_date TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', "
    "general_goal TEXT NOT NULL DEFAULT '', classification TEXT NOT NULL, status TEXT NOT NULL",
    "meeting_organisers": "meeting_id TEXT NOT NULL, organisation_id TEXT NOT NULL, "
    "position INTEGER NOT NULL DEFAULT 0",
    "meeting_contacts": "meeting_id TEXT NOT NULL, person_id TEXT NOT NULL, "
    "position INTEGER NOT NULL DEFAULT 0",
    "objectives": "meeting_id TEXT NOT NULL, text TEXT NOT NULL, "
    "position INTEGER NOT NULL DEFAULT 0",
    "sessions": "meeting_id TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', "
    "start_time TEXT NOT NULL DEFAULT '', end_time TEXT NOT NULL DEFAULT '', "
    "venue TEXT NOT NULL DEFAULT '', facilitator_person_id TEXT NOT NULL DEFAULT '', "
    "facilitator_org_id TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', "
    "position INTEGER NOT NULL DEFAULT 0",
    "attendance": "session_id TEXT NOT NULL, person_id TEXT NOT NULL, "
    "organisation_id TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT ''",
    "themes": "name TEXT NOT NULL",
    "agenda_items": "meeting_id TEXT NOT NULL, session_id TEXT NOT NULL, title TEXT NOT NULL, "
    "position INTEGER NOT NULL DEFAULT 0",
    "agenda_themes": "agenda_item_id TEXT NOT NULL, theme_id TEXT NOT NULL",
    "minute_entries": "agenda_item_id TEXT NOT NULL, meeting_id TEXT NOT NULL, "
    "text TEXT NOT NULL, position REAL NOT NULL DEFAULT 0, "
    "speaker_person_id TEXT NOT NULL DEFAULT '', speaker_org_id TEXT NOT NULL DEFAULT '', "
    "confidential INTEGER NOT NULL DEFAULT 0",
    "decisions": "meeting_id TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, "
    "session_id TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0",
    "action_items": "text TEXT NOT NULL, origin_meeting_id TEXT NOT NULL, "
    "owner_person_id TEXT NOT NULL DEFAULT '', owner_org_id TEXT NOT NULL DEFAULT '', "
    "due_date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
    "followup_meeting_id TEXT NOT NULL DEFAULT '', carried_from_id TEXT NOT NULL DEFAULT '', "
    "completed_on TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''",
    "testimonies": "meeting_id TEXT NOT NULL, text TEXT NOT NULL, "
    "attribution TEXT NOT NULL DEFAULT '', person_id TEXT NOT NULL DEFAULT '', "
    "position INTEGER NOT NULL DEFAULT 0",
    "attachments": "meeting_id TEXT NOT NULL, filename TEXT NOT NULL, media_type TEXT NOT NULL, "
    "size INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL DEFAULT '', "
    "description TEXT NOT NULL DEFAULT ''",
}

_V1_INDEXES = (
    "CREATE INDEX people_org ON people(organisation_id)",
    "CREATE INDEX affiliations_person ON affiliations(person_id)",
    "CREATE INDEX meetings_start ON meetings(start_date)",
    "CREATE INDEX meetings_series ON meetings(series_id, start_date)",
    "CREATE INDEX organisers_meeting ON meeting_organisers(meeting_id)",
    "CREATE INDEX contacts_meeting ON meeting_contacts(meeting_id)",
    "CREATE INDEX objectives_meeting ON objectives(meeting_id)",
    "CREATE INDEX sessions_meeting ON sessions(meeting_id, date)",
    "CREATE INDEX attendance_session ON attendance(session_id)",
    "CREATE INDEX attendance_person ON attendance(person_id)",
    "CREATE INDEX agenda_meeting ON agenda_items(meeting_id)",
    "CREATE INDEX agenda_session ON agenda_items(session_id, position)",
    "CREATE INDEX agenda_themes_item ON agenda_themes(agenda_item_id)",
    "CREATE INDEX minutes_item ON minute_entries(agenda_item_id, position)",
    "CREATE INDEX minutes_meeting ON minute_entries(meeting_id)",
    "CREATE INDEX decisions_meeting ON decisions(meeting_id)",
    "CREATE INDEX actions_status ON action_items(status, due_date)",
    "CREATE INDEX actions_owner_person ON action_items(owner_person_id, status)",
    "CREATE INDEX actions_owner_org ON action_items(owner_org_id, status)",
    "CREATE INDEX actions_origin ON action_items(origin_meeting_id)",
    "CREATE INDEX actions_followup ON action_items(followup_meeting_id)",
    "CREATE INDEX testimonies_meeting ON testimonies(meeting_id)",
    "CREATE INDEX attachments_meeting ON attachments(meeting_id)",
)

_V1_OTHER = (
    "CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # The organisation's own keys. Only ever inside the encrypted database (DESIGN §4).
    "CREATE TABLE identity (slot INTEGER PRIMARY KEY CHECK (slot = 1), org_id TEXT NOT NULL, "
    "sign_key_id BLOB NOT NULL, sign_secret BLOB NOT NULL, sign_public BLOB NOT NULL, "
    "age_secret TEXT NOT NULL, age_recipient TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE attachment_chunks (attachment_id TEXT NOT NULL, seq INTEGER NOT NULL, "
    "data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX attachment_chunks_key ON attachment_chunks(attachment_id, seq)",
    # Full-text search: one row per indexed record; the two FTS tables are contentless and keyed
    # by search_doc.rowid. Latin-script words go through unicode61; Khmer (written without
    # spaces) through character bigrams so any substring of two or more characters is found.
    "CREATE TABLE search_doc (rowid INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
    "record_id TEXT NOT NULL, meeting_id TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX search_doc_record ON search_doc(tbl, record_id)",
    "CREATE VIRTUAL TABLE search_words USING fts5(body, content='', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE search_khmer USING fts5(body, content='', tokenize='unicode61')",
)


def _to_v1(conn: Connection) -> None:
    for table, columns in _V1_TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({_META}, {columns})")
    for statement in _V1_INDEXES + _V1_OTHER:
        conn.execute(statement)


def _add_listing_indexes(conn: Connection) -> None:
    """Action items in the listing's default order (undated last) straight from an index, and
    counts by status without reading the table: bench/ measured 167 ms for the first page and
    count of 65,000 done items without them, under 10 ms with them. The expression `due_date
    = ''` must stay spelled as in app/storage/queries.ACTION_SORTS for the index to serve it."""
    conn.execute("DROP INDEX actions_status")  # (status, due_date): covered by the first below
    # `deleted` comes last: as a leading column, its `deleted = 0` (true of nearly every row)
    # looks selective to the planner, which then prefers these over an owner's own index.
    conn.execute(
        "CREATE INDEX actions_status_due "
        "ON action_items(status, due_date = '', due_date, id, deleted)"
    )
    conn.execute("CREATE INDEX actions_due ON action_items(due_date = '', due_date, id, deleted)")


_V3 = (
    # Partner organisations (DESIGN §4). `verified` is set only after the user compared the
    # fingerprint out of band. Every key a contact ever used stays in contact_keys (rotation).
    "CREATE TABLE contacts (org_id TEXT PRIMARY KEY, org_name TEXT NOT NULL, "
    "key_id BLOB NOT NULL, sign_public BLOB NOT NULL, age_recipient TEXT NOT NULL, "
    "fingerprint TEXT NOT NULL, verified INTEGER NOT NULL DEFAULT 0, "
    "verified_at TEXT NOT NULL DEFAULT '', card BLOB NOT NULL, added_at TEXT NOT NULL, "
    "updated_at TEXT NOT NULL)",
    "CREATE UNIQUE INDEX contacts_key_id ON contacts(key_id)",
    "CREATE TABLE contact_keys (org_id TEXT NOT NULL, key_id BLOB NOT NULL, "
    "sign_public BLOB NOT NULL, age_recipient TEXT NOT NULL, fingerprint TEXT NOT NULL, "
    "added_at TEXT NOT NULL, replaced_at TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY (org_id, key_id))",
    # Replay and rollback protection: the newest sequence number seen per sender, every bundle
    # id ever imported, and what we sent ourselves (our own sequence and hash chain).
    "CREATE TABLE exchange_peers (org_id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL, "
    "last_bundle_id TEXT NOT NULL, last_manifest_sha256 TEXT NOT NULL, "
    "last_imported_at TEXT NOT NULL)",
    "CREATE TABLE seen_bundles (bundle_id TEXT PRIMARY KEY, sender_org_id TEXT NOT NULL, "
    "seq INTEGER NOT NULL, manifest_sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, "
    "summary TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE sent_bundles (bundle_id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, "
    "manifest_sha256 TEXT NOT NULL, created_at TEXT NOT NULL, recipients TEXT NOT NULL, "
    "policy TEXT NOT NULL)",
    # Field-by-field merge state per record: for every field, its causal context and the
    # concurrent values (siblings) still standing (app/exchange/merge.py); and, for records that
    # came from a partner, where they came from (origin) and what last changed them. A rowid
    # table: WITHOUT ROWID made these batch writes 3-4x slower.
    "CREATE TABLE record_state (tbl TEXT NOT NULL, record_id TEXT NOT NULL, "
    "state TEXT NOT NULL, origin_org_id TEXT NOT NULL DEFAULT '', "
    "origin_bundle_id TEXT NOT NULL DEFAULT '', last_org_id TEXT NOT NULL DEFAULT '', "
    "last_bundle_id TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX record_state_key ON record_state(tbl, record_id)",
    # Concurrent edits of one field, kept for the user to resolve (never dropped silently).
    "CREATE TABLE conflicts (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
    "record_id TEXT NOT NULL, field TEXT NOT NULL, local_value TEXT NOT NULL, "
    "incoming_value TEXT NOT NULL, sources TEXT NOT NULL, bundle_id TEXT NOT NULL, "
    "created_at TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0, "
    "resolved_at TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX conflicts_open ON conflicts(resolved, tbl, record_id)",
)


def _exchange_tables(conn: Connection) -> None:
    for statement in _V3:
        conn.execute(statement)


def _add_owner_name_indexes(conn: Connection) -> None:
    """Owner names by id from an index alone. Sorting action items by owner looks up one name
    per matching item; through the id's own index that is two b-tree searches (index, then the
    row), through these one: 21 ms -> 16 ms for 10,900 items (bench/). The planner prefers the
    unique id index, so app/storage/queries.py names these (INDEXED BY) from this version on."""
    conn.execute("CREATE INDEX people_id_name ON people(id, name)")
    conn.execute("CREATE INDEX organisations_id_name ON organisations(id, name)")


def _key_exchange_by_sender_and_public_key(conn: Connection) -> None:
    """Identities that a partner cannot squat (issue 17).

    - A bundle id is remembered per sender: every id is readable in the outer signature's
      comment, so any contact could put a partner's id into its own bundle; keyed on the id
      alone, the partner's real bundle was then dropped as "already imported".
    - A contact is its full minisign public key (key id and Ed25519 key, what the fingerprint
      covers), not its 8-byte key id, which the key holder chooses: a card that copied a
      partner's key id made the partner's real card fail. Lookups by key id stay indexed (a
      signature names only the key id) but may return several contacts.
    Every old row fits the new keys, so no row is dropped and the step cannot fail on data
    a hostile partner sent earlier."""
    conn.execute(
        "CREATE TABLE seen_bundles_new (bundle_id TEXT NOT NULL, sender_org_id TEXT NOT NULL, "
        "seq INTEGER NOT NULL, manifest_sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, "
        "summary TEXT NOT NULL DEFAULT '', PRIMARY KEY (sender_org_id, bundle_id))"
    )
    conn.execute(
        "INSERT INTO seen_bundles_new (bundle_id, sender_org_id, seq, manifest_sha256, "
        "imported_at, summary) SELECT bundle_id, sender_org_id, seq, manifest_sha256, "
        "imported_at, summary FROM seen_bundles"
    )
    conn.execute("DROP TABLE seen_bundles")
    conn.execute("ALTER TABLE seen_bundles_new RENAME TO seen_bundles")
    # "This id came from another sender before" is asked on every import.
    conn.execute("CREATE INDEX seen_bundles_id ON seen_bundles(bundle_id)")

    conn.execute("DROP INDEX contacts_key_id")
    conn.execute("CREATE INDEX contacts_key_id ON contacts(key_id)")
    conn.execute("CREATE UNIQUE INDEX contacts_public_key ON contacts(sign_public, key_id)")
    conn.execute(
        "CREATE TABLE contact_keys_new (org_id TEXT NOT NULL, key_id BLOB NOT NULL, "
        "sign_public BLOB NOT NULL, age_recipient TEXT NOT NULL, fingerprint TEXT NOT NULL, "
        "added_at TEXT NOT NULL, replaced_at TEXT NOT NULL DEFAULT '', "
        "PRIMARY KEY (org_id, sign_public, key_id))"
    )
    conn.execute(
        "INSERT INTO contact_keys_new (org_id, key_id, sign_public, age_recipient, fingerprint, "
        "added_at, replaced_at) SELECT org_id, key_id, sign_public, age_recipient, fingerprint, "
        "added_at, replaced_at FROM contact_keys"
    )
    conn.execute("DROP TABLE contact_keys")
    conn.execute("ALTER TABLE contact_keys_new RENAME TO contact_keys")


def own_dots_max(text: str, me: str) -> int:
    """The highest edit number of organisation `me` in a stored merge state (see
    app/exchange/state_store.py for the encoding); numbers an older version let a partner
    inflate count as app.exchange.merge.REPAIRED, as they do when read."""
    import json

    try:
        doc = json.loads(text)
    except ValueError:
        return 0
    found = [0]

    def dot(o: object, n: object) -> None:
        if o == me and type(n) is int:
            found.append(2**32 if n > 2**39 else n)  # as merge.repair

    if isinstance(doc.get("d"), list) and len(doc["d"]) == 2:
        dot(*doc["d"])
    for enc in (doc.get("e") or {}).values():
        if isinstance(enc, list) and len(enc) in (2, 3):
            dot(enc[0], enc[1])
        elif isinstance(enc, dict):
            for o, n in (enc.get("c") or {}).items():
                dot(o, n)
    return max(found)


def _sent_records(conn: Connection) -> None:
    """What this vault sent to whom, for the import trust rules (docs/trust-rules.md).
    `sent_records`: the records each contact was sent (org_id '*': sent before this step, to
    an unknown subset of the contacts listed in vault_meta 'trust_legacy_recipients').
    `own_edits_sent`: per record, the highest edit number of our own organisation sent to anyone
    for each field ('*' = every field, for what was sent before this step)."""
    import json

    conn.execute(
        "CREATE TABLE sent_records (org_id TEXT NOT NULL, tbl TEXT NOT NULL, "
        "record_id TEXT NOT NULL)"
    )
    conn.execute("CREATE UNIQUE INDEX sent_records_key ON sent_records(org_id, tbl, record_id)")
    conn.execute(
        "CREATE TABLE own_edits_sent (tbl TEXT NOT NULL, record_id TEXT NOT NULL, "
        "counters TEXT NOT NULL)"
    )
    conn.execute("CREATE UNIQUE INDEX own_edits_sent_key ON own_edits_sent(tbl, record_id)")
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'org_id'").fetchone()
    me = row[0] if row else ""
    recipients: set[str] = set()
    for (text,) in conn.execute("SELECT recipients FROM sent_bundles"):
        try:
            recipients.update(r for r in json.loads(text) if isinstance(r, str))
        except ValueError:
            continue
    if not recipients:
        return  # nothing was ever sent: nothing to allow
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES ('trust_legacy_recipients', ?)",
        (json.dumps(sorted(recipients)),),
    )
    rows = conn.execute("SELECT tbl, record_id, state FROM record_state").fetchall()
    conn.executemany(
        "INSERT INTO sent_records (org_id, tbl, record_id) VALUES ('*', ?, ?)",
        [(t, r) for t, r, _ in rows],
    )
    conn.executemany(
        "INSERT INTO own_edits_sent (tbl, record_id, counters) VALUES (?, ?, ?)",
        [(t, r, json.dumps({"*": n})) for t, r, text in rows if (n := own_dots_max(text, me)) > 0],
    )


def _own_edits_sent_to(conn: Connection) -> None:
    """`own_edits_sent_to`: like `own_edits_sent`, per contact: the highest edit number of our own
    organisation each contact was sent directly, field by field (a field a redaction hid from
    that contact is absent). Empty at first: records sent before this step keep the bound of
    `own_edits_sent` (docs/trust-rules.md, rule 2)."""
    conn.execute(
        "CREATE TABLE own_edits_sent_to (org_id TEXT NOT NULL, tbl TEXT NOT NULL, "
        "record_id TEXT NOT NULL, counters TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE UNIQUE INDEX own_edits_sent_to_key ON own_edits_sent_to(org_id, tbl, record_id)"
    )


def _removed_contacts(conn: Connection) -> None:
    """Contacts can be removed (docs/trust-rules.md, "Removing a contact").
    `removed_contacts`: who was removed, under the `retired_id` ("removed:<hex>", which no card
    can carry) that its imported-bundle history and its records' origins were moved to.
    `removed_edits`: per record, the highest edit number under the removed contact's
    organisation id that the record's merge state held at removal: edits up to it are the
    removed contact's and grant nothing to a later contact with the same id."""
    conn.execute(
        "CREATE TABLE removed_contacts (retired_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, "
        "org_name TEXT NOT NULL, fingerprint TEXT NOT NULL, removed_at TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE removed_edits (org_id TEXT NOT NULL, tbl TEXT NOT NULL, "
        "record_id TEXT NOT NULL, upto INTEGER NOT NULL)"
    )
    conn.execute("CREATE UNIQUE INDEX removed_edits_key ON removed_edits(org_id, tbl, record_id)")


def _reference_reports(conn: Connection) -> None:
    """What the two reference reports hold and the vault could not (issue 9): organisations'
    contact details, headcounts without names, narrative sections the user names, turning off
    the computed attendance paragraph, and typing kept across a lock (`drafts`: local only,
    never exported; inside the encrypted database like everything else)."""
    for column in ("address", "phone", "email", "website"):
        conn.execute(f"ALTER TABLE organisations ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE organisations ADD COLUMN contact_private INTEGER NOT NULL DEFAULT 1")
    conn.execute("ALTER TABLE meetings ADD COLUMN auto_attendance INTEGER NOT NULL DEFAULT 1")
    conn.execute(
        f"CREATE TABLE headcounts ({_META}, session_id TEXT NOT NULL, "
        "role TEXT NOT NULL DEFAULT '', gender TEXT NOT NULL DEFAULT '', "
        "kind TEXT NOT NULL DEFAULT '', count INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute("CREATE INDEX headcounts_session ON headcounts(session_id)")
    conn.execute(
        f"CREATE TABLE narrative_sections ({_META}, meeting_id TEXT NOT NULL, "
        "heading TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', "
        "placement TEXT NOT NULL DEFAULT 'results', position INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute("CREATE INDEX narrative_meeting ON narrative_sections(meeting_id, position)")
    conn.execute("CREATE TABLE drafts (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _history(conn: Connection) -> None:
    """Revision history and the tamper-evident change log (issue 15, docs/history.md).
    `history`: this vault's hash-chained entries, one per change of a record (`n` = position in
    the chain, `head` = the chain's hash after it). `history_received`: entries another vault
    of ours sent in a `full` bundle (shown, never chained here). `log_peers`: the last signed
    checkpoint (entry count, head) seen from each contact, so a rewritten chain is detected.
    `log_sent`: the last checkpoint this vault sent each contact (where its next proof starts),
    and how far its history went in the last `full` bundle to it (where the next one starts).
    Changes made before this step have no entries: history starts at the upgrade."""
    conn.execute(
        "CREATE TABLE history (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
        "record_id TEXT NOT NULL, at TEXT NOT NULL, org_id TEXT NOT NULL, "
        "bundle_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, revision INTEGER NOT NULL, "
        "before TEXT NOT NULL, other TEXT NOT NULL, sha TEXT NOT NULL, nonce BLOB NOT NULL, "
        "head BLOB NOT NULL, meeting_id TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE INDEX history_record ON history(record_id, n)")
    # A meeting's changes, its minutes, decisions and action items included (the History button).
    conn.execute("CREATE INDEX history_meeting ON history(meeting_id, n) WHERE meeting_id != ''")
    conn.execute(
        "CREATE TABLE history_received (vault_id TEXT NOT NULL, n INTEGER NOT NULL, "
        "tbl TEXT NOT NULL, record_id TEXT NOT NULL, at TEXT NOT NULL, org_id TEXT NOT NULL, "
        "bundle_id TEXT NOT NULL, kind TEXT NOT NULL, revision INTEGER NOT NULL, "
        "before TEXT NOT NULL, other TEXT NOT NULL, PRIMARY KEY (vault_id, n))"
    )
    conn.execute("CREATE INDEX history_received_record ON history_received(record_id)")
    conn.execute(
        "CREATE TABLE log_peers (org_id TEXT PRIMARY KEY, count INTEGER NOT NULL, "
        "head TEXT NOT NULL, bundle_id TEXT NOT NULL, seen_at TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE log_sent (org_id TEXT PRIMARY KEY, count INTEGER NOT NULL, "
        "head TEXT NOT NULL, history_count INTEGER NOT NULL DEFAULT 0)"
    )
    # "Deleted records", newest first, from an index holding only tombstones: a scan of every
    # table took 5.4 s on the 10-year benchmark vault (bench/history_bench.py), this 1 ms.
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if {"id", "deleted", "updated_at", "changed_by", "revision"} <= columns:
            conn.execute(
                f"CREATE INDEX {table}_tombstones ON {table}(updated_at) WHERE deleted = 1"
            )


def _seals(conn: Connection) -> None:
    """Sealed reports (issue 15, docs/sealed-reports.md). `seals`: a meeting's report frozen
    under one redaction policy and language: its canonical content and the PDF bytes as made at
    sealing (signatures are over these exact bytes, so they are kept, never re-rendered).
    `seal_signatures`: one minisign signature per organisation over the PDF."""
    conn.execute(
        "CREATE TABLE seals (id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, "
        "policy TEXT NOT NULL, language TEXT NOT NULL, sealed_on TEXT NOT NULL, "
        "sealed_by TEXT NOT NULL, sealed_by_name TEXT NOT NULL, content BLOB NOT NULL, "
        "content_sha256 TEXT NOT NULL, pdf BLOB NOT NULL, pdf_sha256 TEXT NOT NULL, "
        "received_from TEXT NOT NULL DEFAULT '', received_bundle TEXT NOT NULL DEFAULT '', "
        "created_at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX seals_meeting ON seals(meeting_id, created_at)")
    conn.execute(
        "CREATE TABLE seal_signatures (seal_id TEXT NOT NULL, org_id TEXT NOT NULL, "
        "org_name TEXT NOT NULL, public_key TEXT NOT NULL, minisig BLOB NOT NULL, "
        "signed_at TEXT NOT NULL, PRIMARY KEY (seal_id, org_id))"
    )


def _sealed_odt_docx(conn: Connection) -> None:
    """Seals hold the ODT and DOCX as made at sealing, and each signature covers each file
    (docs/sealed-reports.md). Seals made before hold the PDF only: empty here, still valid."""
    conn.execute("ALTER TABLE seals ADD COLUMN odt BLOB NOT NULL DEFAULT x''")
    conn.execute("ALTER TABLE seals ADD COLUMN docx BLOB NOT NULL DEFAULT x''")
    conn.execute("ALTER TABLE seal_signatures ADD COLUMN odt_minisig BLOB NOT NULL DEFAULT x''")
    conn.execute("ALTER TABLE seal_signatures ADD COLUMN docx_minisig BLOB NOT NULL DEFAULT x''")


# (version reached, step). Append only.
MIGRATIONS: tuple[tuple[int, Callable[[Connection], None]], ...] = (
    (1, _to_v1),
    (2, _add_listing_indexes),
    (3, _exchange_tables),
    (4, _add_owner_name_indexes),
    (5, _key_exchange_by_sender_and_public_key),
    (6, _sent_records),
    (7, _own_edits_sent_to),
    (8, _removed_contacts),
    (9, _reference_reports),
    (10, _history),
    (11, _seals),
    (12, _sealed_odt_docx),
)
LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the database to LATEST_VERSION, one transaction per step; returns the old version."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise VaultTooNew()
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return current

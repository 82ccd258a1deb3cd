"""Every migration step runs against a real vault of every released schema version (STYLE 8)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.records import RECORD_TYPES, Meeting
from app.errors import VaultTooNew
from app.storage import queries, schema
from app.vault import open_vault, open_vault_with_recovery

DATA = Path(__file__).parent.parent / "data"
V1_PASSPHRASE = "fixture passphrase v1 kampot"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", target)
    return target


def test_v1_vault_opens_and_migrates_to_latest(v1_copy: Path) -> None:
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:
        assert schema.schema_version(vault.conn) == schema.LATEST_VERSION
        titles = {m.title for m in vault.store.select(Meeting)}
        assert "NGO Leaders' Meeting on Cambodia — February 2025" in titles
        assert len(titles) == 6
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_v1_recovery_key_still_opens(v1_copy: Path) -> None:
    recovery = (v1_copy / "RECOVERY.txt").read_text().strip()
    with open_vault_with_recovery(v1_copy, recovery) as vault:
        assert vault.org_name == "Schema v1 Fixture Org"


def test_every_record_field_has_a_column_after_migration(v1_copy: Path) -> None:
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:
        for cls in RECORD_TYPES:
            columns = {r[1] for r in vault.conn.execute(f"PRAGMA table_info({cls.TABLE})")}
            assert set(cls.column_names()) <= columns, cls.TABLE


def test_a_vault_from_a_newer_version_is_refused(vault) -> None:
    vault.conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    with pytest.raises(VaultTooNew):
        schema.migrate(vault.conn)


def test_v1_vault_gains_the_exchange_tables_of_step_3_and_keeps_its_data(v1_copy: Path) -> None:
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:
        assert schema.schema_version(vault.conn) >= 3
        tables = {
            r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert {
            "contacts",
            "contact_keys",
            "exchange_peers",
            "seen_bundles",
            "sent_bundles",
            "record_state",
            "conflicts",
        } <= tables
        assert vault.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
        assert vault.store.count(Meeting) == 6
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # migrating is done once: reopening leaves the version where it is
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:
        assert schema.schema_version(vault.conn) == schema.LATEST_VERSION


def test_a_failed_exchange_step_is_rolled_back_and_retried(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn) -> None:
        conn.execute("CREATE TABLE contacts (x)")
        raise RuntimeError("power cut")

    steps = tuple((v, broken if v == 3 else s) for v, s in schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with pytest.raises(RuntimeError):
        open_vault(v1_copy, V1_PASSPHRASE)
    monkeypatch.undo()
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:  # the real step now runs cleanly
        assert vault.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
        assert schema.schema_version(vault.conn) == schema.LATEST_VERSION


def test_v1_vault_gains_the_owner_name_indexes_of_step_4(v1_copy: Path) -> None:
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:
        names = {
            r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"people_id_name", "organisations_id_name"} <= names
        owners = [r.owner_name for r in queries.list_actions(vault.conn, sort="owner")]
        assert owners and owners == sorted(owners, key=str.casefold)
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _step_index(step) -> int:
    return [s for _, s in schema.MIGRATIONS].index(step)


def test_per_sender_and_public_key_step_keeps_exchange_rows(tmp_path: Path) -> None:
    """A vault that already exchanged bundles: every seen bundle, contact and key survives the
    step, and afterwards a bundle id may come from two senders and a key id from two keys."""
    import sqlite3

    step = schema._key_exchange_by_sender_and_public_key
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    before = schema.MIGRATIONS[_step_index(step) - 1][0]
    for version, earlier in schema.MIGRATIONS:
        if version <= before:
            earlier(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute(
        "INSERT INTO seen_bundles VALUES ('b-1', 'org-p', 1, 'aa', '2026-01-01', '{}'), "
        "('b-2', 'org-p', 2, 'bb', '2026-01-02', '')"
    )
    conn.execute(
        "INSERT INTO contacts (org_id, org_name, key_id, sign_public, age_recipient, "
        "fingerprint, verified, card, added_at, updated_at) VALUES "
        "('org-p', 'P', x'0102030405060708', x'aa', 'age1p', '1 2', 1, x'00', 't', 't')"
    )
    conn.execute(
        "INSERT INTO contact_keys VALUES ('org-p', x'0102030405060708', x'aa', 'age1p', '1 2', "
        "'t', ''), ('org-p', x'1111111111111111', x'bb', 'age1q', '3 4', 't0', 't')"
    )
    old = {
        t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall())
        for t in ("seen_bundles", "contacts", "contact_keys")
    }
    assert schema.migrate(conn) == before
    for table, rows in old.items():
        assert sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) == rows, table
    # the same bundle id from another sender, and P's key id on another key: both fit now
    conn.execute("INSERT INTO seen_bundles VALUES ('b-1', 'org-s', 5, 'cc', 't', '')")
    conn.execute(
        "INSERT INTO contacts (org_id, org_name, key_id, sign_public, age_recipient, "
        "fingerprint, card, added_at, updated_at) VALUES "
        "('org-s', 'S', x'0102030405060708', x'cc', 'age1s', '5 6', x'00', 't', 't')"
    )
    with pytest.raises(sqlite3.IntegrityError):  # one sender, one id: still a replay
        conn.execute("INSERT INTO seen_bundles VALUES ('b-1', 'org-p', 9, 'dd', 't', '')")
    with pytest.raises(sqlite3.IntegrityError):  # one full public key, one contact
        conn.execute(
            "INSERT INTO contacts (org_id, org_name, key_id, sign_public, age_recipient, "
            "fingerprint, card, added_at, updated_at) VALUES "
            "('org-x', 'X', x'0102030405060708', x'aa', 'age1x', '7 8', x'00', 't', 't')"
        )
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_v1_vault_reaches_the_per_sender_step(v1_copy: Path) -> None:
    with open_vault(v1_copy, V1_PASSPHRASE) as vault:
        pk = {r[1]: r[5] for r in vault.conn.execute("PRAGMA table_info(seen_bundles)")}
        assert pk["sender_org_id"] and pk["bundle_id"]
        indexes = {
            r[1]: r[2] for r in vault.conn.execute("PRAGMA index_list(contacts)")
        }  # name -> unique
        assert indexes["contacts_key_id"] == 0 and indexes["contacts_public_key"] == 1
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

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

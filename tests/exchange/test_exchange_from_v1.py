"""A vault made by schema v1, migrated, exchanges like any other."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.domain.records import Meeting
from app.exchange.contacts import add_contact, own_card
from app.exchange.importer import import_bundle
from app.vault import open_vault
from tests.exchange.helpers import make_vault, send

DATA = Path(__file__).parent.parent / "data"


def test_migrated_v1_vault_exports_its_meetings(tmp_path: Path) -> None:
    shutil.copytree(DATA / "vault-v1", tmp_path / "v1")
    with open_vault(tmp_path / "v1", "fixture passphrase v1 kampot") as old:
        partner = make_vault(tmp_path, "Partner")
        add_contact(old, own_card(partner).raw, verified=True)
        add_contact(partner, own_card(old).raw, verified=True)
        preview = import_bundle(partner, send(old, [partner], tmp_path / "x.rtbundle"))
        assert preview.summary()["new"] > 100
        titles = {m.title for m in partner.store.select(Meeting)}
        assert titles == {m.title for m in old.store.select(Meeting)}
        partner.close()


def test_a_migrated_v1_vault_keeps_bundle_ids_per_sender(tmp_path: Path) -> None:
    """Issue 17: a copied bundle id does not block the real bundle in a migrated old vault."""
    from tests.exchange.helpers import bundle_id_of, forge, introduce, seed_meeting

    shutil.copytree(DATA / "vault-v1", tmp_path / "v1")
    with open_vault(tmp_path / "v1", "fixture passphrase v1 kampot") as old:
        p, s = make_vault(tmp_path, "Partner"), make_vault(tmp_path, "Squatter")
        introduce(old, p, s)
        seed_meeting(p, "P's meeting")
        real = send(p, [old], tmp_path / "real.rtbundle")
        squat = forge(
            tmp_path / "s.rtbundle", signer=s, recipients=[old], bundle_id=bundle_id_of(real)
        )
        import_bundle(old, squat)
        preview = import_bundle(old, real)
        assert preview.summary()["new"] >= 2 and "P's meeting" in {
            m.title for m in old.store.select(Meeting)
        }
        p.close()
        s.close()

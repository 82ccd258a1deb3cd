"""The auditor's check (DESIGN §4): a bundle's outer signature against the sender's contact card
or minisign `.pub`, with no vault and no passphrase. It cannot decrypt anything."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from app.crypto import signing
from app.crypto.bundle import stated_name
from app.crypto.bundle_reader import OuterBundle, open_regular
from app.crypto.cards import read_card
from app.crypto.fingerprint import fingerprint
from app.errors import BundleError, CardInvalid, HistoryCheckFailed, InvalidInput, NoCheckpoint
from app.i18n import N_


@dataclass(frozen=True)
class Verified:
    signer: str  # from the card; else the name the bundle states (signed by that key)
    signer_from_card: bool
    # The name in the signature comment: the sender's, shortened with "…" when long (its full
    # name is inside the encrypted manifest; DESIGN §4, docs/bundle-format.md).
    stated_sender: str
    fingerprint: str
    bundle_id: str
    seq: int
    created: str
    inner_sha256: str
    stated_matches_card: bool = False  # the comment states exactly what the card's name gives


def read_signer(path: Path) -> tuple[bytes, bytes, str]:
    """(key id, public key, organisation name or "") from a contact card or a `.pub` file."""
    return _parse_signer(_read_signer_file(path))


def _read_signer_file(path: Path) -> bytes:
    try:
        # Like the bundle: a regular file only (a FIFO would wait for ever, a device never ends).
        f, _size = open_regular(path, 64 * 1024)
        with f:
            return f.read(64 * 1024 + 1)
    except (BundleError, OSError):
        raise InvalidInput(
            N_("Errors", "The signer's card or key file could not be read.")
        ) from None


def _parse_signer(raw: bytes) -> tuple[bytes, bytes, str]:
    try:
        card = read_card(raw)
        return card.key_id, card.sign_public, card.org_name
    except CardInvalid:
        key_id, public = signing.read_public_key(raw)
        return key_id, public, ""


def signer_org(path: Path) -> str:
    """The organisation id a contact card names ("" for a bare minisign `.pub`)."""
    try:
        f, _size = open_regular(path, 64 * 1024)
        with f:
            return read_card(f.read(64 * 1024 + 1)).org_id
    except (BundleError, OSError):
        return ""


def verify_bundle(bundle_path: Path, signer_path: Path) -> Verified:
    raw = _read_signer_file(signer_path)
    # Opened first: the payload is hashed (in a thread) while the signer's key is parsed.
    with OuterBundle(bundle_path, keep_payload=False) as outer:
        key_id, public, name = _parse_signer(raw)
        header = outer.verify(key_id, public)
    return Verified(
        name or header.sender_name,
        bool(name),
        header.sender_name,
        fingerprint(key_id, public),
        header.bundle_id,
        header.seq,
        header.created,
        header.inner_sha256,
        bool(name) and stated_name(name) == header.sender_name,
    )


@dataclass(frozen=True)
class Checkpoint:
    """A sender's signed change-log checkpoint, as an auditor sees it (docs/history.md)."""

    bundle: Verified
    count: int
    head: str

    def note(self, origin: str) -> str:
        """The checkpoint in the text form of C2SP tlog-checkpoint (origin, size, root hash)."""
        import base64

        root = base64.b64encode(bytes.fromhex(self.head)).decode()
        return f"{origin}\n{self.count}\n{root}\n"


def verify_history(bundle_path: Path, signer_path: Path, earlier: list[Path]) -> list[Checkpoint]:
    """Each bundle's signed checkpoint (the given one first, then `earlier`), checked against
    one another in sequence order: a later bundle's count never below an earlier one's, and
    equal counts with equal heads. Raises HistoryCheckFailed when they do not only grow; a
    vault (which also holds the leaves) checks more at import."""
    found: list[Checkpoint] = []
    for path in [bundle_path, *earlier]:
        key_id, public, name = read_signer(signer_path)
        with OuterBundle(path, keep_payload=False) as outer:
            header = outer.verify(key_id, public)
        if header.log_count is None:
            raise NoCheckpoint()
        result = Verified(
            name or header.sender_name,
            bool(name),
            header.sender_name,
            fingerprint(key_id, public),
            header.bundle_id,
            header.seq,
            header.created,
            header.inner_sha256,
            bool(name) and stated_name(name) == header.sender_name,
        )
        found.append(Checkpoint(result, header.log_count, header.log_head))
    ordered = sorted(found, key=lambda c: c.bundle.seq)
    for before, after in itertools.pairwise(ordered):
        if after.count < before.count or (
            after.count == before.count and after.head != before.head
        ):
            raise HistoryCheckFailed()
        if after.bundle.seq == before.bundle.seq and after.head != before.head:
            raise HistoryCheckFailed()  # one number, two logs: a fork, in whichever order given
    return found

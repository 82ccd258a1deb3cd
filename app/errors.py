"""The one exception tree whose messages reach users.

Messages are fixed, plain-language sentences. They never contain vault content, passphrases or
key material, so they are safe to print, log or show in a dialog.
"""

from __future__ import annotations

from typing import ClassVar

from app.i18n import N_


class RoundtableError(Exception):
    """Base of every error a user may see. `message` is safe to show."""

    message = N_("Errors", "The operation failed.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)

    @property
    def user_message(self) -> str:
        return str(self)


# --- vault -----------------------------------------------------------------------------------
class VaultError(RoundtableError):
    message = N_("Errors", "The vault could not be used.")


class VaultNotFound(VaultError):
    message = N_("Errors", "No vault found in this folder.")


class VaultExists(VaultError):
    message = N_("Errors", "A vault already exists in this folder.")


class VaultInUse(VaultError):
    message = N_("Errors", "The vault is in use by another Roundtable window or process.")


class VaultCorrupt(VaultError):
    message = N_("Errors", "The vault files are damaged or are not a Roundtable vault.")


class VaultLocked(VaultError):
    message = N_("Errors", "The vault is locked.")


class VaultTooNew(VaultError):
    message = N_(
        "Errors", "This vault was made by a newer version of Roundtable. Please update Roundtable."
    )


class WrongPassphrase(VaultError):
    message = N_("Errors", "Wrong passphrase.")


class WrongRecoveryKey(VaultError):
    message = N_("Errors", "Wrong recovery key.")


class WeakPassphrase(VaultError):
    message = N_("Errors", "The passphrase is too weak.")
    # Filled with zxcvbn's reason and hint (app/crypto/passphrase_feedback.py), each a marked
    # sentence translated under its own context before it goes in.
    template = N_("Errors", "The passphrase is too weak. {reason} {hint}")
    param_contexts: ClassVar[dict[str, str]] = {
        "reason": "PassphraseFeedback",
        "hint": "PassphraseFeedback",
    }

    def __init__(self, reason: str = "", hint: str = "") -> None:
        self.params = {"reason": reason, "hint": hint} if reason else None
        super().__init__(self.template.format(reason=reason, hint=hint).strip() if reason else None)


class PassphraseMismatch(VaultError):
    message = N_("Errors", "The two passphrases do not match.")


class DiskFull(VaultError):
    message = N_("Errors", "The disk is full; nothing was changed.")


class StorageFailure(VaultError):
    message = N_("Errors", "The vault could not be written; nothing was changed.")


class TemporaryCopyUnreadable(StorageFailure):
    """An import's temporary copy of the bundle (the ciphertext it hashed, or the encrypted spool
    of what it decrypted: app/crypto/spool.py) did not read back as written: this computer's
    disk failed, or someone changed the file. The partner's bundle was checked whole on the way
    in; it is not to blame."""

    message = N_(
        "Errors",
        "This computer could not read back its temporary copy of the bundle (a disk error). "
        "Nothing was changed; try again.",
    )


# --- records ---------------------------------------------------------------------------------
class RecordError(RoundtableError):
    message = N_("Errors", "The record could not be saved.")


class NotFound(RecordError):
    message = N_("Errors", "The record was not found.")


class InvalidInput(RecordError):
    message = N_("Errors", "The input is not valid.")


class AttachmentTooLarge(RecordError):
    message = N_("Errors", "The attachment is too large.")


class AttachmentNotIncluded(RecordError):
    message = N_(
        "Errors",
        "This file's content was not included when the meeting was shared with you; "
        "ask the sender to export it with its attachments.",
    )


# --- exchange --------------------------------------------------------------------------------
class BundleError(RoundtableError):
    message = N_("Errors", "The bundle was rejected.")


class StaleContactCard(RoundtableError):
    message = N_(
        "Errors", "This contact card is older than the one you already have; nothing was changed."
    )


class BundleMalformed(BundleError):
    message = N_("Errors", "The file is not a Roundtable bundle or is damaged.")


class BundleTruncated(BundleError):
    message = N_(
        "Errors", "The bundle file is incomplete (cut off); copy it again from the sender."
    )


class BundleNotAFile(BundleError):
    message = N_(
        "Errors", "That is not a bundle file (it is a folder, a device or another special file)."
    )


class BundleDamaged(BundleError):
    message = N_("Errors", "The bundle file is damaged (a checksum does not match); copy it again.")


class BundleUnexpectedMembers(BundleError):
    message = N_("Errors", "The bundle does not contain exactly the files a bundle must contain.")


class BundleDuplicateMember(BundleError):
    message = N_("Errors", "The bundle contains the same file name twice; it was tampered with.")


class BundleUnsafePath(BundleError):
    message = N_(
        "Errors", "The bundle contains a file path that points outside the bundle; it was rejected."
    )


class BundleTooLarge(BundleError):
    message = N_(
        "Errors", "The bundle is larger than allowed, or unpacks to far more than its size."
    )


class BundleTooManyRecords(BundleError):
    """Its records (all its JSON files together) are over what one import parses in memory."""

    message = N_(
        "Errors",
        "The bundle holds more records than one import may take (a limit that keeps a bundle "
        "from exhausting this computer's memory). Ask the sender to export fewer meetings at a "
        "time.",
    )


class UnknownSigner(BundleError):
    message = N_(
        "Errors", "The bundle is signed by an organisation that is not among your contacts."
    )


class NotABundleSignature(BundleError):
    message = N_("Errors", "The signature file belongs to something else, not to this bundle.")


class BundleAlreadyImported(BundleError):
    message = N_("Errors", "This bundle was already imported; nothing was changed.")


class StaleBundle(BundleError):
    message = N_(
        "Errors",
        "This bundle is older than one already imported from the same organisation "
        "(a replayed or rolled-back bundle); it was rejected.",
    )


class NotForThisVault(BundleError):
    message = N_("Errors", "This bundle was not encrypted for your organisation.")


class PayloadUndecryptable(BundleError):
    message = N_("Errors", "The bundle's encrypted content is damaged and cannot be decrypted.")


class InnerSignerMismatch(BundleError):
    message = N_(
        "Errors",
        "The bundle's contents were signed by a different key than the bundle itself: "
        "it was re-packaged (forwarded) by someone else.",
    )


class InnerSignatureInvalid(BundleError):
    message = N_("Errors", "The signature of the bundle's table of contents does not match it.")


class ManifestMismatch(BundleError):
    message = N_("Errors", "The bundle's table of contents does not match its signed description.")


class SenderMismatch(BundleError):
    message = N_(
        "Errors", "The bundle claims to come from one organisation but was signed by another."
    )


class RecipientNotListed(BundleError):
    message = N_(
        "Errors",
        "Your organisation is not among the bundle's listed recipients: it was forwarded to you.",
    )


class FileHashMismatch(BundleError):
    message = N_("Errors", "A file inside the bundle does not match its listed checksum.")


class BundleWriteFailed(BundleError):
    message = N_(
        "Errors", "The bundle file could not be written (check the folder and free space)."
    )


class ExportTooManyRecords(BundleError):
    """The export's records are over what a partner's import may take: refused before anything
    is recorded, so no sequence number is spent."""

    message = N_(
        "Errors",
        "These meetings hold more records than one bundle may carry. Nothing was exported: "
        "export fewer meetings at a time.",
    )


class BundleRecordedNotWritten(BundleWriteFailed):
    """The export was recorded (its sequence number spent) and then its file could not take its
    name: the partner will see one bundle number missing, which the user should expect."""

    message = N_(
        "Errors",
        "The bundle was made and recorded, but its file could not be saved under its name (check "
        "the folder and free space). Nothing was sent: export again; your partner will be told "
        "that one earlier bundle was not imported.",
    )


class BundleContentInvalid(BundleError):
    message = N_("Errors", "The records inside the bundle are not valid.")


class LogProofInvalid(BundleError):
    message = N_(
        "Errors",
        "The bundle's change log does not match the checkpoint its sender signed.",
    )


class HistoryCheckFailed(BundleError):
    message = N_(
        "Errors",
        "The signed change-log checkpoints do not only grow: the sender rewrote its history.",
    )


class NoCheckpoint(BundleError):
    message = N_("Errors", "This bundle carries no change-log checkpoint (made before history).")


class SealInvalid(RoundtableError):
    message = N_(
        "Errors",
        "The sealed report or a signature on it does not verify: it was changed, or signed "
        "for other content.",
    )


class SealSignatureMissing(SealInvalid):
    message = N_("Errors", "An organisation you gave (--signer) has no signature on this report.")


class SealFormatUnknown(InvalidInput):
    message = N_(
        "Errors", "A sealed report is a PDF, ODT or DOCX file: name it FILE.pdf, .odt or .docx."
    )


class SealFormatMissing(InvalidInput):
    message = N_(
        "Errors",
        "This report was sealed as a PDF only (before ODT and DOCX were sealed): save it as "
        "FILE.pdf, or seal it again as a new version.",
    )


class ContactError(RoundtableError):
    message = N_("Errors", "The contact could not be used.")


class ContactNotFound(ContactError):
    message = N_("Errors", "No contact of that name or fingerprint.")


class ContactAmbiguous(ContactError):
    message = N_("Errors", "More than one contact matches; use the fingerprint or the full name.")


class _Filled(RoundtableError):
    """An error whose sentence names something (a contact's name and fingerprint): `template`
    is what is translated, `params` fill it in (app/ui/messages.py `error_text`)."""

    template = ""

    def __init__(self, **params: str) -> None:
        self.params = params or None  # without them, the fixed `message`
        super().__init__(self.template.format(**params) if params else None)


class SealSignerUnknown(_Filled, SealInvalid):
    message = N_(
        "Errors",
        "A signature beside the sealed report was made with a key you did not give (--signer).",
    )
    template = N_(
        "Errors",
        "The signature {file} beside the sealed report was made with a key you did not give "
        "(--signer).",
    )


class ContactKeyConflict(ContactError, _Filled):
    message = N_(
        "Errors",
        "A contact with this organisation already exists with a different key, and the new card "
        "is not signed by the old key. Remove the old contact first if the change is genuine.",
    )
    template = N_(
        "Errors",
        "This card's organisation id is already held by your contact {name} (fingerprint "
        "{fp}), whose key is different, and the card is not a key change signed by that key. "
        "Organisation ids never repeat by chance: one of the two organisations copied the "
        "other's id. Compare both fingerprints with the organisations themselves (by phone or in "
        "person), then remove the wrong contact (roundtable contacts remove, or Remove contact "
        "in Contacts) and add the right card again. Nothing was changed.",
    )


class ContactKeyInUse(ContactKeyConflict):
    template = N_(
        "Errors",
        "This card's key is already the key of your contact {name} (fingerprint {fp}) under "
        "another organisation id. One key stands for one organisation; ask the organisation "
        "which id is its own. Nothing was changed.",
    )


class OwnOrganisationIdClaimed(ContactError):
    message = N_(
        "Errors",
        "This card claims your own organisation's id with another key. Organisation ids never "
        "repeat by chance: the card copied yours, and is refused. Nothing was changed.",
    )


class ContactNameClash(ContactError, _Filled):
    message = N_(
        "Errors",
        "Another contact, or your own organisation, already has this name (compared ignoring "
        "case, spacing and character forms): the two could be mistaken for each other, so the "
        "card was not accepted. Ask the organisation to use a distinct name.",
    )
    template = N_(
        "Errors",
        "The name on this card looks the same as that of your contact {name} (fingerprint "
        "{fp}; compared ignoring case, spacing and character forms): the two could be mistaken "
        "for each other, so the card was not accepted. If that contact is not who it claims to "
        "be, compare fingerprints with the organisations and remove it; otherwise ask the "
        "organisation to use a distinct name. Nothing was changed.",
    )


class OwnNameClash(ContactNameClash):
    template = N_(
        "Errors",
        "The name on this card looks the same as your own organisation's name, {name} (compared "
        "ignoring case, spacing and character forms), so the card was not accepted. Ask the "
        "organisation to use a distinct name. Nothing was changed.",
    )


class RenameNotConfirmed(ContactError):
    message = N_(
        "Errors",
        "This card changes the contact's name; nothing was changed. Confirm the new name to "
        "accept it (on the command line: --accept-rename).",
    )


class FingerprintMismatch(ContactError):
    message = N_("Errors", "The fingerprint does not match; the contact was not marked verified.")


class ConflictNotFound(RecordError):
    message = N_("Errors", "That conflict no longer exists or was already resolved.")


# signatures and contact cards
class SignatureMalformed(BundleError):
    message = N_("Errors", "The signature file is damaged or is not a minisign signature.")


class PublicKeyMalformed(BundleError):
    message = N_("Errors", "The public key is damaged or is not a minisign public key.")


class SignatureNotPrehashed(BundleError):
    message = N_(
        "Errors",
        "The signature is in a legacy (not prehashed) minisign format; it is not accepted.",
    )


class SignatureKeyMismatch(BundleError):
    message = N_("Errors", "The signature was made with a different key.")


class TrustedCommentAltered(BundleError):
    message = N_("Errors", "The signed description of the file (trusted comment) was altered.")


class ContentAltered(BundleError):
    message = N_("Errors", "The signed content was changed after it was signed.")


class CardInvalid(BundleError):
    message = N_("Errors", "The contact card is damaged or is not a Roundtable contact card.")


class CardSignatureInvalid(BundleError):
    message = N_("Errors", "The contact card's signature does not match its content.")


class RotationInvalid(BundleError):
    message = N_("Errors", "The key change is not signed by the contact's current key.")


class RotationConflict(RotationInvalid, _Filled):
    template = N_(
        "Errors",
        "This card's organisation id is held by your contact {name} (fingerprint {fp}), and "
        "the card's key change is not signed by that contact's current key. Either the card is "
        "not from that organisation, or that contact copied the organisation's id. Compare both "
        "fingerprints with the organisation itself (by phone or in person), then remove the "
        "wrong contact and add the right card again. Nothing was changed.",
    )


# --- reports ---------------------------------------------------------------------------------
class ReportError(RoundtableError):
    message = N_("Errors", "The report could not be produced.")


class ReportNotAvailable(ReportError):
    message = N_("Errors", "There is nothing to report for this choice.")


class ReportWriteFailed(ReportError):
    message = N_("Errors", "The file could not be written there; nothing was changed.")


class NotInSeries(ReportNotAvailable):
    message = N_("Errors", "This meeting is not part of a series.")


class UnknownReportLanguage(InvalidInput):
    message = N_("Errors", "Unknown report language: use en or km.")


class UnknownRedactionPolicy(InvalidInput):
    message = N_("Errors", "Unknown redaction policy: use full, partners or public.")


# --- desktop app -----------------------------------------------------------------------------
class FileNotWritten(RoundtableError):
    message = N_("Errors", "The file could not be written. Check the folder and the free space.")


class NoNextMeeting(RecordError):
    message = N_("Errors", "This meeting has no later meeting in its series to carry the items to.")


# --- files -----------------------------------------------------------------------------------
class FileAccessError(RoundtableError):
    message = N_("Errors", "The file could not be read.")


class PreviewUnavailable(RoundtableError):
    message = N_(
        "Errors", "This file cannot be shown here. Use “Save a copy as…” to open it elsewhere."
    )


# --- local bad input (issue 8) -----------------------------------------------------------------
class VaultFolderNotWritable(VaultError):
    message = N_(
        "Errors",
        "The vault folder cannot be written (it is read-only or you lack permission); "
        "nothing was changed.",
    )


class VaultFolderUnreadable(VaultError):
    message = N_("Errors", "The vault files cannot be read: permission denied.")


class VaultPathIsFile(VaultError):
    message = N_("Errors", "The vault path is a file, not a folder; choose a folder.")


class VaultLockNotAFile(VaultError):
    message = N_(
        "Errors", "vault.lock in the vault folder is not a file; move it away and try again."
    )


class PassphraseNotText(InvalidInput):
    message = N_("Errors", "The passphrase is not valid text (UTF-8); nothing was changed.")


class KdfTooCostly(VaultCorrupt):
    message = N_(
        "Errors",
        "The vault key file demands far more key-derivation work than Roundtable ever sets; "
        "it was not used.",
    )


class VaultDiskError(VaultError):
    message = N_(
        "Errors",
        "The disk reported an error while reading or writing the vault; the vault may be fine. "
        "Try again, or copy the vault folder to another disk.",
    )


# --- backups, recovery shares, device binding (issue 12) ---------------------------------------
class BackupError(RoundtableError):
    message = N_("Errors", "The backup could not be used.")


class BackupNotABackup(BackupError):
    message = N_("Errors", "This file is not a Roundtable backup.")


class BackupTooNew(BackupError):
    message = N_(
        "Errors", "This backup was made by a newer version of Roundtable. Please update Roundtable."
    )


class BackupTruncated(BackupError):
    message = N_("Errors", "The backup is incomplete (cut short); nothing was restored.")


class BackupDamaged(BackupError):
    message = N_("Errors", "The backup is damaged or was altered; nothing was restored.")


class BackupDoesNotOpen(BackupError):
    message = N_("Errors", "The backup is complete, but its database does not open: it is damaged.")


class BackupTargetIsVault(BackupError):
    message = N_(
        "Errors", "The destination is the vault itself or inside it; choose another place."
    )


class SharesError(RoundtableError):
    message = N_("Errors", "The recovery shares could not be used.")


class ShareWordUnknown(SharesError, _Filled):
    template = N_("Errors", "Share {share}: word {position} (“{word}”) is not a share word.")


class ShareWordWrong(SharesError, _Filled):
    template = N_(
        "Errors", "Share {share}: word {position} (“{word}”) is mistyped; it should be “{fix}”."
    )


class ShareChecksumWrong(SharesError, _Filled):
    template = N_(
        "Errors",
        "Share {share} has more than one mistyped word (its checksum does not match); "
        "check it word by word.",
    )


class ShareInvalid(SharesError, _Filled):
    template = N_("Errors", "Share {share} is not a Roundtable recovery share.")


class ShareLengthWrong(SharesError, _Filled):
    template = N_("Errors", "Share {share} has {count} words; a share has 20 or 33 words.")


class SharesMismatch(SharesError):
    message = N_(
        "Errors",
        "These shares do not belong to the same set: use shares made together, on the same day.",
    )


class ShareRepeated(SharesError, _Filled):
    template = N_("Errors", "Share {share} was typed twice.")


class SharesTooFew(SharesError, _Filled):
    template = N_(
        "Errors",
        "{have} of the {need} shares needed: {missing} more needed. Fewer shares reveal nothing.",
    )


class SharesNotForVault(SharesError):
    message = N_(
        "Errors",
        "These shares are valid but do not open this vault: they are an older set, replaced "
        "when new shares were made, or belong to another vault.",
    )


class SharesInvalidSplit(InvalidInput, _Filled):
    template = N_(
        "Errors",
        "Choose between 2 and 16 shares and a threshold between 2 and the number of shares "
        "(asked for {threshold} of {shares}).",
    )


class ShareSheetsPresent(SharesError):
    message = N_("Errors", "The folder already holds share sheets; choose an empty folder.")


class DeviceKeyringUnavailable(VaultError):
    message = N_(
        "Errors",
        "No secure system keyring is available (Windows Credential Manager, macOS Keychain, "
        "GNOME Keyring or KWallet); the vault cannot be bound to this device.",
    )


# --- border crossings and seizure (issue 13, docs/threat-model.md §6) --------------------------
class WrongPassphraseAttemptsLeft(WrongPassphrase, _Filled):
    """A wrong passphrase when the vault is set to be wiped after too many, with the warning on."""

    count_params = ("left",)  # a count: Khmer digits in the Khmer interface (app/ui/numbers.py)

    template = N_(
        "Errors",
        "Wrong passphrase. {left} more wrong attempts and the vault on this computer is destroyed.",
    )


class VaultWipedAfterFailures(VaultError):
    message = N_(
        "Errors",
        "Too many wrong passphrases: the vault on this computer has been destroyed. Only copies "
        "kept elsewhere (backups) can bring the records back.",
    )


class DuressSameAsPassphrase(InvalidInput):
    message = N_(
        "Errors",
        "The duress passphrase must be different from the vault's passphrase; nothing was changed.",
    )


class NoDecoy(VaultError):
    message = N_("Errors", "This vault has no duress passphrase.")


class DuressNotPossible(VaultError):
    # Shown in a decoy opened under duress too: it must not say why.
    message = N_("Errors", "The duress passphrase could not be set up.")

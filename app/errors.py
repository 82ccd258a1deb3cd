"""The one exception tree whose messages reach users.

Messages are fixed, plain-language sentences. They never contain vault content, passphrases or
key material, so they are safe to print, log or show in a dialog.
"""

from __future__ import annotations


class RoundtableError(Exception):
    """Base of every error a user may see. `message` is safe to show."""

    message = "The operation failed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)

    @property
    def user_message(self) -> str:
        return str(self)


# --- vault -----------------------------------------------------------------------------------
class VaultError(RoundtableError):
    message = "The vault could not be used."


class VaultNotFound(VaultError):
    message = "No vault found in this folder."


class VaultExists(VaultError):
    message = "A vault already exists in this folder."


class VaultInUse(VaultError):
    message = "The vault is in use by another Roundtable window or process."


class VaultCorrupt(VaultError):
    message = "The vault files are damaged or are not a Roundtable vault."


class VaultLocked(VaultError):
    message = "The vault is locked."


class VaultTooNew(VaultError):
    message = "This vault was made by a newer version of Roundtable. Please update Roundtable."


class WrongPassphrase(VaultError):
    message = "Wrong passphrase."


class WrongRecoveryKey(VaultError):
    message = "Wrong recovery key."


class WeakPassphrase(VaultError):
    message = "The passphrase is too weak."


class PassphraseMismatch(VaultError):
    message = "The two passphrases do not match."


class DiskFull(VaultError):
    message = "The disk is full; nothing was changed."


class StorageFailure(VaultError):
    message = "The vault could not be written; nothing was changed."


# --- records ---------------------------------------------------------------------------------
class RecordError(RoundtableError):
    message = "The record could not be saved."


class NotFound(RecordError):
    message = "The record was not found."


class InvalidInput(RecordError):
    message = "The input is not valid."


class AttachmentTooLarge(RecordError):
    message = "The attachment is too large."


class AttachmentNotIncluded(RecordError):
    message = (
        "This file's content was not included when the meeting was shared with you; "
        "ask the sender to export it with its attachments."
    )


# --- exchange --------------------------------------------------------------------------------
class BundleError(RoundtableError):
    message = "The bundle was rejected."


class StaleContactCard(RoundtableError):
    message = "This contact card is older than the one you already have; nothing was changed."


class BundleMalformed(BundleError):
    message = "The file is not a Roundtable bundle or is damaged."


class BundleTruncated(BundleError):
    message = "The bundle file is incomplete (cut off); copy it again from the sender."


class BundleNotAFile(BundleError):
    message = "That is not a bundle file (it is a folder, a device or another special file)."


class BundleDamaged(BundleError):
    message = "The bundle file is damaged (a checksum does not match); copy it again."


class BundleUnexpectedMembers(BundleError):
    message = "The bundle does not contain exactly the files a bundle must contain."


class BundleDuplicateMember(BundleError):
    message = "The bundle contains the same file name twice; it was tampered with."


class BundleUnsafePath(BundleError):
    message = "The bundle contains a file path that points outside the bundle; it was rejected."


class BundleTooLarge(BundleError):
    message = "The bundle is larger than allowed, or unpacks to far more than its size."


class UnknownSigner(BundleError):
    message = "The bundle is signed by an organisation that is not among your contacts."


class NotABundleSignature(BundleError):
    message = "The signature file belongs to something else, not to this bundle."


class BundleAlreadyImported(BundleError):
    message = "This bundle was already imported; nothing was changed."


class StaleBundle(BundleError):
    message = (
        "This bundle is older than one already imported from the same organisation "
        "(a replayed or rolled-back bundle); it was rejected."
    )


class NotForThisVault(BundleError):
    message = "This bundle was not encrypted for your organisation."


class PayloadUndecryptable(BundleError):
    message = "The bundle's encrypted content is damaged and cannot be decrypted."


class InnerSignerMismatch(BundleError):
    message = (
        "The bundle's contents were signed by a different key than the bundle itself: "
        "it was re-packaged (forwarded) by someone else."
    )


class InnerSignatureInvalid(BundleError):
    message = "The signature of the bundle's table of contents does not match it."


class ManifestMismatch(BundleError):
    message = "The bundle's table of contents does not match its signed description."


class SenderMismatch(BundleError):
    message = "The bundle claims to come from one organisation but was signed by another."


class RecipientNotListed(BundleError):
    message = (
        "Your organisation is not among the bundle's listed recipients: it was forwarded to you."
    )


class FileHashMismatch(BundleError):
    message = "A file inside the bundle does not match its listed checksum."


class BundleWriteFailed(BundleError):
    message = "The bundle file could not be written (check the folder and free space)."


class BundleContentInvalid(BundleError):
    message = "The records inside the bundle are not valid."


class ContactError(RoundtableError):
    message = "The contact could not be used."


class ContactNotFound(ContactError):
    message = "No contact of that name or fingerprint."


class ContactAmbiguous(ContactError):
    message = "More than one contact matches; use the fingerprint or the full name."


class ContactKeyConflict(ContactError):
    message = (
        "A contact with this organisation already exists with a different key, and the new card "
        "is not signed by the old key. Remove the old contact first if the change is genuine."
    )


class ContactNameClash(ContactError):
    message = (
        "Another contact, or your own organisation, already has this name (compared ignoring "
        "case, spacing and character forms): the two could be mistaken for each other, so the "
        "card was not accepted. Ask the organisation to use a distinct name."
    )


class RenameNotConfirmed(ContactError):
    message = (
        "This card changes the contact's name; nothing was changed. Confirm the new name to "
        "accept it (on the command line: --accept-rename)."
    )


class FingerprintMismatch(ContactError):
    message = "The fingerprint does not match; the contact was not marked verified."


class ConflictNotFound(RecordError):
    message = "That conflict no longer exists or was already resolved."


# signatures and contact cards
class SignatureMalformed(BundleError):
    message = "The signature file is damaged or is not a minisign signature."


class PublicKeyMalformed(BundleError):
    message = "The public key is damaged or is not a minisign public key."


class SignatureNotPrehashed(BundleError):
    message = "The signature is in a legacy (not prehashed) minisign format; it is not accepted."


class SignatureKeyMismatch(BundleError):
    message = "The signature was made with a different key."


class TrustedCommentAltered(BundleError):
    message = "The signed description of the file (trusted comment) was altered."


class ContentAltered(BundleError):
    message = "The signed content was changed after it was signed."


class CardInvalid(BundleError):
    message = "The contact card is damaged or is not a Roundtable contact card."


class CardSignatureInvalid(BundleError):
    message = "The contact card's signature does not match its content."


class RotationInvalid(BundleError):
    message = "The key change is not signed by the contact's current key."


# --- reports ---------------------------------------------------------------------------------
class ReportError(RoundtableError):
    message = "The report could not be produced."


class ReportNotAvailable(ReportError):
    message = "There is nothing to report for this choice."


class ReportWriteFailed(ReportError):
    message = "The file could not be written there; nothing was changed."


class NotInSeries(ReportNotAvailable):
    message = "This meeting is not part of a series."


# --- desktop app -----------------------------------------------------------------------------
class FileNotWritten(RoundtableError):
    message = "The file could not be written. Check the folder and the free space."


class NoNextMeeting(RecordError):
    message = "This meeting has no later meeting in its series to carry the items to."


# --- files -----------------------------------------------------------------------------------
class FileAccessError(RoundtableError):
    message = "The file could not be read."


class PreviewUnavailable(RoundtableError):
    message = "This file cannot be shown here. Use “Save a copy as…” to open it elsewhere."


# --- local bad input (issue 8) -----------------------------------------------------------------
class VaultFolderNotWritable(VaultError):
    message = (
        "The vault folder cannot be written (it is read-only or you lack permission); "
        "nothing was changed."
    )


class VaultFolderUnreadable(VaultError):
    message = "The vault files cannot be read: permission denied."


class VaultPathIsFile(VaultError):
    message = "The vault path is a file, not a folder; choose a folder."


class VaultLockNotAFile(VaultError):
    message = "vault.lock in the vault folder is not a file; move it away and try again."


class PassphraseNotText(InvalidInput):
    message = "The passphrase is not valid text (UTF-8); nothing was changed."


class KdfTooCostly(VaultCorrupt):
    message = (
        "The vault key file demands far more key-derivation work than Roundtable ever sets; "
        "it was not used."
    )


class VaultDiskError(VaultError):
    message = (
        "The disk reported an error while reading or writing the vault; the vault may be fine. "
        "Try again, or copy the vault folder to another disk."
    )

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


# --- exchange --------------------------------------------------------------------------------
class BundleError(RoundtableError):
    message = "The bundle was rejected."


# --- reports ---------------------------------------------------------------------------------
class ReportError(RoundtableError):
    message = "The report could not be produced."


class ReportNotAvailable(ReportError):
    message = "There is nothing to report for this choice."


class ReportWriteFailed(ReportError):
    message = "The file could not be written there; nothing was changed."

"""Keeping the vault safe: backups and their checks, recovery shares, re-keying, travel mode,
the duress passphrase, wipe-after and destroy (the dialogs and the settings sections)."""

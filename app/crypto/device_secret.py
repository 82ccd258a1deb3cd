"""The device secret: 32 random bytes in the OS keyring that a device-bound passphrase slot
also needs (issue 12, docs/key-file.md "Slot keys").

Only real OS keychains qualify: Secret Service (GNOME Keyring, KeePassXC), KWallet, the macOS
Keychain and the Windows Credential Manager. The backend class is chosen from that allow-list
and instantiated directly, never through `keyring.get_keyring()`: keyring's own lookup honours
`PYTHON_KEYRING_BACKEND` and `keyringrc.cfg` before any priority check, so an environment
variable or a config file could hand us the `null` or `fail` backend, a `chainer`, or one of
`keyrings.alt`'s plaintext files. None of those is ever imported here.

Windows credentials roam with the user's profile by default (CRED_PERSIST_ENTERPRISE): ours
are kept on this machine only (CRED_PERSIST_LOCAL_MACHINE), or binding to "this device" would
follow the user to every domain computer.

The keyring is asked only for a vault bound on this computer: binding leaves an empty marker
file named by the vault id in the per-user configuration folder (`device-bound/<vault id>`).
Without it no unlock touches the keyring, so an unbound vault never waits on D-Bus or a keychain
prompt. The marker says no more than the keyring's own entry, whose service and account names
keychains keep readable while locked.

Tests install a fake backend with `use_backend_for_tests` (tests/fake_keyring.py), which
refuses to run outside pytest; no environment variable or file can select it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import secrets
import sys
from pathlib import Path
from typing import Any

from app.errors import DeviceKeyringUnavailable

SECRET_BYTES = 32
SERVICE = "Roundtable vault device secret"

# (module, class) of every backend we accept, in the order tried.
ALLOWED = (
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
)

_test_backend: Any = None


def use_backend_for_tests(backend: Any) -> None:
    """Install (or with None remove) a fake keyring. Refused outside a pytest run: the fake
    stores secrets in memory, which would silently make binding worthless."""
    if backend is not None and "pytest" not in sys.modules:
        raise RuntimeError("a test keyring outside the tests")
    global _test_backend
    _test_backend = backend


def backend() -> Any:
    """An instance of the first allow-listed backend that works here, or a clear error."""
    if _test_backend is not None:
        return _test_backend
    import importlib

    for module_name, class_name in ALLOWED:
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            if cls.priority <= 0:  # raises when the backend cannot work here
                continue
        except Exception:  # noqa: S112 - any failure means "not on this system"
            continue
        instance = cls()
        if class_name == "WinVaultKeyring":
            instance.persist = "local_machine"  # never roaming (see the module docstring)
        return instance
    raise DeviceKeyringUnavailable()


def _marker(vault_id: str) -> Path:
    import platformdirs

    base = Path(platformdirs.user_config_dir("Roundtable", appauthor=False))
    return base / "device-bound" / vault_id


def _mark(vault_id: str, bound: bool) -> None:
    from app.storage.files import ensure_private_dir

    marker = _marker(vault_id)
    if bound:
        ensure_private_dir(marker.parent)
        marker.touch(mode=0o600)
    else:
        marker.unlink(missing_ok=True)


def available() -> bool:
    try:
        backend()
    except DeviceKeyringUnavailable:
        return False
    return True


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def load(vault_id: str) -> bytes | None:
    """This device's secret for the vault, or None (not bound here, or no keyring at all)."""
    try:
        if not _marker(vault_id).is_file():
            return None
    except OSError:  # a configuration folder we may not read: not bound here, as far as we know
        return None
    try:
        store = backend()
    except DeviceKeyringUnavailable:
        return None
    try:
        text = store.get_password(SERVICE, vault_id)
    except Exception:  # a locked or broken keyring: as if the secret were not there
        return None
    if not text:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == SECRET_BYTES else None


def save(vault_id: str, secret: bytes) -> None:
    if len(secret) != SECRET_BYTES:
        raise ValueError("a device secret is 32 bytes")
    store = backend()
    try:
        store.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        _mark(vault_id, True)
    except Exception:
        raise DeviceKeyringUnavailable() from None
    if load(vault_id) != secret:  # a keyring that accepts and forgets must not bind a vault
        raise DeviceKeyringUnavailable()


def forget(vault_id: str) -> None:
    """Delete the vault's device secret from this keyring (absent is fine)."""
    with contextlib.suppress(OSError):
        _mark(vault_id, False)
    try:
        store = backend()
    except DeviceKeyringUnavailable:
        return
    with contextlib.suppress(Exception):  # not there: nothing to delete
        store.delete_password(SERVICE, vault_id)

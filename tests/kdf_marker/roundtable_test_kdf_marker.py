"""Present only in the test tree: app/crypto/kdf.py honours ROUNDTABLE_INSECURE_TEST_KDF only when
this module can be imported. tests/conftest.py puts its folder on sys.path and on PYTHONPATH
(for the command-line subprocesses); an installed app or a frozen build has no such module."""

ALLOW_INSECURE_TEST_KDF = True

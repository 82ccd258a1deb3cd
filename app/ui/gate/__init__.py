"""The screens in front of the vault: create, open, unlock, recover."""

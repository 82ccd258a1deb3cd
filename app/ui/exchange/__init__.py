"""The exchange screens and dialogs: contacts, conflicts, export, import and verify."""

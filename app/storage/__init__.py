"""The SQLCipher vault database: schema, migrations, records, search, attachments."""

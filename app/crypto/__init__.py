"""Key file and KDF, identities, signing and the bundle format."""

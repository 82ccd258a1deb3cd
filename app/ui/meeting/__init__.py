"""The per-meeting workspace: one tab per part of a meeting's record."""

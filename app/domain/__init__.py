"""Plain dataclasses and rules. Imports nothing else of ours (DESIGN §1)."""

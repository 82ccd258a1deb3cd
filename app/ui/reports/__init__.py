"""A meeting's report in the window: the live preview and export, printing, sealing."""

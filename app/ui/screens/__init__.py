"""The cross-meeting screens of the main window (each implements `app.ui.screen.Screen`)."""

"""The frozen `roundtable-gui` program (Windows, macOS): the window, never a console."""

import sys

from app.entry import gui_main

sys.exit(gui_main())

"""The frozen `roundtable` program (command line, and the window when given no command)."""

import sys

from app.entry import main

sys.exit(main())

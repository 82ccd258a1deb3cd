#!/bin/sh
# Collect the desktop app's translatable strings (self.tr / QT_TRANSLATE_NOOP) into the Khmer
# translation source for Qt Linguist. Compile a finished translation with
#   pyside6-lrelease app/resources/i18n/roundtable_km.ts -qm app/resources/i18n/roundtable_km.qm
# and add "km" to LANGUAGES in app/ui/preferences.py; app.ui.launch loads it at start.
set -eu
cd "$(dirname "$0")/.."
BIN=${PYSIDE_BIN:-.venv/bin}
"$BIN/pyside6-lupdate" $(git ls-files 'app/ui/*.py') -target-language km \
  -ts app/resources/i18n/roundtable_km.ts

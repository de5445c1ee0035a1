#!/usr/bin/env bash
# Build Guardian's one-folder bundle for this platform (Linux here; see packaging/README.md for Windows and macOS).
# Output: packaging/dist/guardian/ (run ./guardian) and packaging/dist/guardian-<version>-linux-<arch>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || "$PYTHON" -m pip install -q "pyinstaller>=6.5"
"$PYTHON" packaging/make_icons.py packaging/icons >/dev/null
if [ -f guardian_app/i18n/guardian_fr.ts ] && [ -x "$(dirname "$PYTHON")/pyside6-lrelease" ]; then
  "$(dirname "$PYTHON")/pyside6-lrelease" -silent guardian_app/i18n/guardian_fr.ts -qm guardian_app/i18n/guardian_fr.qm
fi
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/guardian.spec

bundle=packaging/dist/guardian
cp packaging/linux/io.github.guardian_app.Guardian.desktop packaging/linux/io.github.guardian_app.Guardian.metainfo.xml \
   packaging/linux/install-desktop-entry.sh "$bundle/"
mkdir -p "$bundle/icons" && cp -r packaging/icons/hicolor "$bundle/icons/" && cp packaging/icons/guardian.png "$bundle/"

version=$("$PYTHON" -c "import guardian_app; print(guardian_app.__version__)")
archive="packaging/dist/guardian-${version}-linux-$(uname -m).tar.gz"
tar -C packaging/dist -czf "$archive" guardian
echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "archive: $archive ($(du -sh "$archive" | cut -f1))"

#!/usr/bin/env sh
# Add Guardian to your applications menu (for you only; no administrator rights needed).
# Run it once from the unpacked bundle folder: ./install-desktop-entry.sh   Undo: ./install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons"
entry="$apps/io.github.guardian_app.Guardian.desktop"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  find "$icons/hicolor" -name 'io.github.guardian_app.Guardian.*' -delete 2>/dev/null || true
  echo "Guardian was removed from your applications menu."
  exit 0
fi
mkdir -p "$apps" "$icons"
cp -r "$here/icons/hicolor" "$icons/"
sed "s|^Exec=guardian|Exec=\"$here/guardian\"|" "$here/io.github.guardian_app.Guardian.desktop" > "$entry"
chmod +x "$entry"
echo "Guardian is now in your applications menu."

#!/usr/bin/env bash
# Pictures of the application at 1366×768, in French and English, from a demo profile:
# the list (also at 1920×1080), each tab of a dossier's window, the preview, the settings
# and the CSV import.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, docs/screenshots)
# Runs offscreen on a 1366×768 screen; touches neither your profile nor your settings.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/support/laptop-screen.json"
app="$build/ui/mandatdesk"
profile="$work/profile"
"$app" --profile "$profile" --demo --quit-after 100 2>/dev/null
# A rejected dossier shows the most: the reason, documents with their checks, a history.
dossier=$("$build/app/mandatdesk-cli" --profile "$profile" --json dossier list \
  | python3 -c 'import json, sys; print(next(d["id"] for d in json.load(sys.stdin) if d["status"] == "rejected"))')
shot() { # NAME ARGS...
  local name=$1; shift
  "$app" --profile "$profile" --size 1366x768 --screenshot "$out/$name.png" "$@" 2>/dev/null
  echo "$out/$name.png"
}
csv="$work/clients.csv"
cat > "$csv" <<'CSV'
Raison sociale;SIREN;Numéro;Représentant
Boulangerie Martin;732829320;01 62 12 34 56;Anne Martin
Garage du Port;518452750;0948123456;Luc Perrin
Café des Arts;123456789;06 12 34 56 78;Julie Roux
Garage du Port;518452750;0948123456;Luc Perrin
CSV
for lang in fr en; do
  shot "main-$lang-1366x768" --lang "$lang"
  QT_QPA_PLATFORM=offscreen shot "main-$lang-1920x1080" --lang "$lang" --size 1920x1080
  shot "editor-information-$lang" --lang "$lang" --open "$dossier" --tab 1
  shot "editor-documents-$lang" --lang "$lang" --open "$dossier" --tab 2
  shot "editor-tracking-$lang" --lang "$lang" --open "$dossier" --tab 3
  shot "preview-$lang" --lang "$lang" --open "$dossier" --tab 2 --show preview
  shot "settings-$lang" --lang "$lang" --show settings
  shot "csv-import-$lang" --lang "$lang" --import-csv "$csv"
done

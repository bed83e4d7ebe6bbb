#!/usr/bin/env bash
# Runs the real application the way it ships on a new demo profile: open a dossier, generate
# the mandate, preview, print (mandatdesk --walkthrough), and checks what it left behind.
# A crash, an error message or a missing file fails.
#   tests/walkthrough.sh MANDATDESK WORK_DIR
set -uo pipefail
app=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
"$app" --profile "$work/profile" --demo --lang en --walkthrough "$work/out"
code=$?
if [ $code -ne 0 ]; then
  echo "mandatdesk --walkthrough exited with $code$([ $code -gt 128 ] && echo " (signal $((code - 128)): a crash)")"
  exit 1
fi
for f in printed-1.pdf printed-2.pdf preview-1.png; do
  [ -s "$work/out/$f" ] || { echo "missing: $f"; exit 1; }
done
pages=$(pdfinfo "$work/out/printed-2.pdf" | awk '/^Pages:/ {print $2}')
echo "dossier printed: $pages page(s); $(ls "$work/out"/preview-*.png | wc -l) document(s) previewed"
[ "${pages:-0}" -ge 1 ] || exit 1

#!/usr/bin/env bash
# The Debian packages as a user gets them, unpacked into a throwaway root (dpkg -x): the CLI says
# its version, fills a mandate and checks it (modules loaded from the package's own folder),
# classifies a foreign number (the libphonenumber module), and the window starts offscreen.
#   tests/package_smoke.sh DIR_WITH_THE_DEBS
set -uo pipefail
dir=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/mandatdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }
for deb in "$dir"/mandatdesk_*.deb "$dir"/mandatdesk-common_*.deb "$dir"/mandatdesk-portal_*.deb; do
  [ -f "$deb" ] || { echo "FAIL no package $deb"; exit 1; }
  dpkg -x "$deb" "$work/root"
done
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
bin=$work/root/usr/bin
version=$(dpkg-deb -f "$(ls "$dir"/mandatdesk_*.deb | head -1)" Version)
check "mandatdesk-cli --version says ${version%-*}" '[ "$("$bin/mandatdesk-cli" --version)" = "${version%-*}" ]'
cli() { "$bin/mandatdesk-cli" --profile "$work/profile" "$@"; }
id=$(cli --json dossier create --name "Paquet" --client-name "ACME SAS" --siren 518452750 \
  --number "01 62 12 34 56" 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
check "a dossier made with the packaged CLI" '[ -n "$id" ]'
check "its mandate filled (the PDF forms module)" 'cli fill "$id" --out "$work/mandate.pdf" >/dev/null 2>&1 && [ -s "$work/mandate.pdf" ]'
cli --json check "$work/mandate.pdf" --kind mandate > "$work/check.json" 2>/dev/null
code=$?
check "the filled mandate checked (exit $code, JSON)" '[ $code -le 1 ] && python3 -c "import json, sys; json.load(open(sys.argv[1]))" "$work/check.json"'
check "a British number classified (the libphonenumber module)" \
  '"$bin/mandatdesk-cli" --json numbers classify "+44 20 7946 0000" 2>/dev/null | grep -q "\"valid\": *true"'
check "the portal adds a user to its database" \
  '"$bin/mandatdesk-portal" --db "$work/portal.sqlite" user add smoke --account smoke --password s3cret 2>&1 | grep -q "user smoke added"'
unit=$work/root/usr/lib/systemd/system/mandatdesk-portal.service
check "the portal's systemd unit is hardened (systemd-analyze security: exposure under 3.0 of 10)" \
  'systemd-analyze security --offline=true --threshold=30 "$unit" >/dev/null 2>&1'
check "the window starts offscreen and quits" 'timeout 60 "$bin/mandatdesk" --profile "$work/window" --quit-after 500 >/dev/null 2>&1'
[ $failed -eq 0 ] && echo "the packages run from a throwaway root"
exit $failed

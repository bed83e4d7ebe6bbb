#!/usr/bin/env bash
# Installs every Debian 12 package MandatDesk needs to build, run and test.
# Idempotent: packages already present are left alone, and apt is not touched
# at all when nothing is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config clang-format
  # Qt 6 (Widgets, Sql, Network, Pdf, PrintSupport, HttpServer, Svg, tools)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
  qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-image-formats-plugins qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libvulkan-dev
  # documents (Poppler reads, qpdf draws form appearances), archives, credentials, numbering, OCR
  libpoppler-qt6-dev libpoppler-cpp-dev poppler-utils libqpdf-dev libquazip1-qt6-dev qtkeychain-qt6-dev
  libphonenumber-dev libtesseract-dev tesseract-ocr tesseract-ocr-fra
  # headless GUI, certificates for the tests and the demo portal
  xvfb xauth openssl imagemagick fonts-dejavu-core
  # test fixtures: encrypted PDFs, NSS database for signing a PDF
  qpdf libnss3-tools ghostscript
  # desktop integration checks: the .desktop entry and the AppStream metadata
  desktop-file-utils appstream
  # the portal as production runs it: behind nginx (scripts/portal-proxy.sh); its test
  nginx-light python3
  # the portal's data on PostgreSQL when many seats share it (scripts/portal-db.sh); libpq's
  # headers: the portal tells a connection the server closed before using it
  postgresql libqt6sql6-psql libpq-dev
  # the benchmarks: a process's peak memory (/usr/bin/time); curl, the sync's reference client
  time curl
  # the fuzzers (scripts/fuzz.sh): clang's libFuzzer and sanitizers
  clang libclang-rt-14-dev
  # the manual pages' check (tests/check_cli_docs.py renders them); the Debian packages' checks
  # (scripts/package.sh: dpkg-shlibdeps from dpkg-dev, lintian, systemd-analyze for the unit)
  man-db dpkg-dev lintian systemd
  # the review desk's test in a real browser (tests/browser_desk.py): headless Chromium driven by
  # Selenium, Debian's own
  chromium chromium-driver python3-selenium
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# nginx is started only by scripts/portal-proxy.sh, with its own configuration: the
# package's own service (the default site on port 80) is not wanted.
if [[ " ${missing[*]} " == *" nginx-light "* ]] && command -v systemctl >/dev/null 2>&1 \
  && systemctl is-enabled nginx >/dev/null 2>&1; then
  $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true
fi
# Nor is the package's own PostgreSQL cluster: scripts/portal-db.sh starts a private one.
if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v systemctl >/dev/null 2>&1 \
  && systemctl is-enabled postgresql >/dev/null 2>&1; then
  $SUDO systemctl disable --now postgresql >/dev/null 2>&1 || true
fi

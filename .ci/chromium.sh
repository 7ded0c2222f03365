#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium and its WebDriver when absent, for the report's browser
# test (pharos-analytics ReportBrowserIT). Idempotent: does nothing when /usr/bin/chromium exists.
# Usage: bash .ci/chromium.sh   (needs root or passwordless sudo; prints the Chromium version)
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "ci: installing chromium and chromium-driver"
  SUDO=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
/usr/bin/chromium --version

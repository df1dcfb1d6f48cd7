#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; test tools' own browser downloads fail on this
# kind of machine. Installs it when missing and we are root; otherwise says how.
set -euo pipefail
CHROMIUM="${AMENDS_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the browser tests (about 20 seconds)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM." >&2
echo "Install it with:  sudo apt-get install -y chromium   (or set AMENDS_CHROMIUM to its path)" >&2
exit 1

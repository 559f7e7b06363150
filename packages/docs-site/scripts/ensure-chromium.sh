#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded build). Install it when it is missing,
# so the README's test command works on a fresh machine; CHROMIUM_PATH points at another browser.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser." >&2
  exit 1
fi
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Chromium is missing: run 'apt-get install -y chromium' as root." >&2; exit 1; }
  as_root="sudo"
fi
echo "Installing Debian's chromium for the browser tests..."
# A machine whose last dpkg run was cut off refuses every install until it is finished.
$as_root env DEBIAN_FRONTEND=noninteractive dpkg --configure -a
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

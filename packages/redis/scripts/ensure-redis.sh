#!/usr/bin/env bash
# The tests start their own redis-server (Debian's package, never a downloaded build). Install it when it
# is missing, so the README's test command works on a fresh machine; REDIS_SERVER points at another one.
set -euo pipefail
server="${REDIS_SERVER:-/usr/bin/redis-server}"
[ -x "$server" ] && exit 0
if [ -n "${REDIS_SERVER:-}" ]; then
  echo "REDIS_SERVER=$REDIS_SERVER is not an executable redis-server." >&2
  exit 1
fi
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "redis-server is missing: run 'apt-get install -y redis-server' as root." >&2; exit 1; }
  as_root="sudo"
fi
echo "Installing Debian's redis-server for the tests..."
# A machine whose last dpkg run was cut off refuses every install until it is finished.
$as_root env DEBIAN_FRONTEND=noninteractive dpkg --configure -a
$as_root apt-get update -qq
# The package's own service is not wanted: each test starts the server it needs, on a port of its own.
$as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends redis-server >/dev/null

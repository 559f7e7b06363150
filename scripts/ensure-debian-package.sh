#!/usr/bin/env bash
# Tests that drive a real program (redis-server, chromium) use Debian's package, never a downloaded build.
# Installs it when it is missing, so the README's test command works on a fresh machine.
# Usage: ensure-debian-package.sh VAR DEFAULT_PATH PACKAGE [apt-get install options...]
#   VAR, when set, names another executable to use instead (REDIS_SERVER, CHROMIUM_PATH).
set -euo pipefail
var="$1" default_path="$2" package="$3"
shift 3
override="${!var:-}"
program="${override:-$default_path}"
[ -x "$program" ] && exit 0
if [ -n "$override" ]; then
  echo "$var=$override is not an executable $package." >&2
  exit 1
fi
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "$package is missing: run 'apt-get install -y $package' as root." >&2; exit 1; }
  as_root="sudo"
fi
echo "Installing Debian's $package for the tests..."
# Packages' tests run at once: one install at a time (dpkg --configure -a cannot wait for dpkg's lock),
# and apt waits for a lock held by anything else.
exec 9>"${TMPDIR:-/tmp}/gongkit-debian-install.lock"
flock 9
wait_for_lock=(-o DPkg::Lock::Timeout=600)
# A machine whose last dpkg run was cut off refuses every install until it is finished.
$as_root env DEBIAN_FRONTEND=noninteractive dpkg --configure -a
$as_root apt-get "${wait_for_lock[@]}" update -qq
# RUNLEVEL=1: a package's own service is not started; each test starts the program it needs.
$as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 \
  apt-get "${wait_for_lock[@]}" install -y -qq "$@" "$package" >/dev/null

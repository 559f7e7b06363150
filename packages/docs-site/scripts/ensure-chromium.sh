#!/usr/bin/env bash
# The browser tests drive Debian's chromium; CHROMIUM_PATH points at another browser.
exec bash "$(dirname "$0")/../../../scripts/ensure-debian-package.sh" CHROMIUM_PATH /usr/bin/chromium chromium

#!/usr/bin/env bash
# The tests start their own redis-server; REDIS_SERVER points at another one. --no-install-recommends:
# the server alone is needed.
exec bash "$(dirname "$0")/../../../scripts/ensure-debian-package.sh" REDIS_SERVER /usr/bin/redis-server redis-server --no-install-recommends

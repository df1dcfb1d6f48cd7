#!/usr/bin/env bash
# The API tests run on PostgreSQL as well as SQLite. This starts the local server when it is
# installed but stopped, and installs it when we are root on Debian. It never fails the run:
# without PostgreSQL the tests say loudly that they skipped it.
set -uo pipefail
ready() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; }
ready && exit 0
if [ -n "${AMENDS_TEST_POSTGRES_URL:-}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the API tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  # Trust local TCP connections from this machine only, as the tests' default URL expects.
  for hba in /etc/postgresql/*/main/pg_hba.conf; do
    [ -f "$hba" ] || continue
    grep -q '^host all all 127.0.0.1/32 trust' "$hba" || {
      sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
      for version in $(ls /etc/postgresql); do pg_ctlcluster --skip-systemctl-redirect "$version" main reload 2>/dev/null || true; done
    }
  done
  for _ in 1 2 3 4 5 6 7 8 9 10; do ready && exit 0; sleep 1; done
fi
echo "PostgreSQL is not running at 127.0.0.1:5432: its API tests will be skipped." >&2
exit 0

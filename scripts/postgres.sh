#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster on 127.0.0.1 for the test suite; installs Debian's package if missing.
# Idempotent: re-uses the package, the data folder and a running server. Prints the connection string last.
# Usage: scripts/postgres.sh [start|stop]   Environment: GT_PGPORT (55432), GT_PGROOT (/tmp/goldenthread-pg)
set -euo pipefail
action="${1:-start}"
port="${GT_PGPORT:-55432}"
root="${GT_PGROOT:-/tmp/goldenthread-pg}"
data="$root/data"; run="$root/run"
user=goldenthread; password=goldenthread
if [ "$(id -u)" -eq 0 ]; then sudo=(); as=(runuser -u postgres --); owner=postgres; else sudo=(sudo); as=(); owner="$(id -un)"; fi

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

if [ "$action" = stop ]; then
  "${as[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1 && "${as[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  exit 0
fi

mkdir -p "$data" "$run"
chown "$owner" "$root" "$data" "$run"; chmod 700 "$data"
if [ ! -s "$data/PG_VERSION" ]; then
  "${as[@]}" "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi
if ! "${as[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  # Durability off: the cluster is thrown away after the run.
  "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$run/postgres.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
fi
psql=("${as[@]}" "$bin/psql" -h "$run" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
"${psql[@]}" -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='$user') THEN CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password'; END IF; END\$\$;"
PGPASSWORD="$password" "$bin/psql" "host=127.0.0.1 port=$port dbname=postgres user=$user" -qAtc "select 1" >/dev/null
echo "Host=127.0.0.1;Port=$port;Database=postgres;Username=$user;Password=$password"

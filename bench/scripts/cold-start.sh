#!/usr/bin/env bash
# Time from starting the built web app to its first healthy answer, on a new database (migrations + demo seed)
# or, with --warm, on the database the previous run left. Usage: bench/scripts/cold-start.sh [--warm]
set -euo pipefail
cd "$(dirname "$0")/../.."
db=/tmp/goldenthread-cold-start.db
[ "${1:-}" = --warm ] || rm -f "$db" "$db-wal" "$db-shm"
export ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__GoldenThread="Data Source=$db"
dll=src/GoldenThread.Web/bin/Release/net10.0/GoldenThread.Web.dll
[ -f "$dll" ] || dotnet build src/GoldenThread.Web -c Release -nologo -v quiet >/dev/null
(cd src/GoldenThread.Web && exec dotnet "../../$dll" --urls http://127.0.0.1:5099 >/dev/null 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf http://127.0.0.1:5099/health >/dev/null; do sleep 0.05; done

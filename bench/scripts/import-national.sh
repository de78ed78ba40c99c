#!/usr/bin/env bash
# Times `goldenthread import` of generated networks into a fresh PostgreSQL database (one 5,000-person system,
# then the national set of 42 systems × 5,000 people), whole process each, as docs/benchmarks.md reports.
# Needs the throwaway cluster of ./test.sh (scripts/postgres.sh start) and a Release build.
set -euo pipefail
export PGOPTIONS="--client-min-messages=warning"
cd "$(dirname "$0")/../.."
scripts/postgres.sh start >/dev/null
dotnet build src/GoldenThread.Cli -c Release -v quiet -nologo >/dev/null
cli="dotnet src/GoldenThread.Cli/bin/Release/net10.0/goldenthread.dll"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fresh() {
  local name="gt_bench_$1"
  psql "postgresql://goldenthread:goldenthread@127.0.0.1:${GT_PGPORT:-55432}/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null
  local db="Host=127.0.0.1;Port=${GT_PGPORT:-55432};Username=goldenthread;Password=goldenthread;Database=$name"
  $cli migrate --database "$db" >/dev/null
  echo "$db"
}

$cli generate --systems 42 --people 5000 --seed 1 --out "$out" >/dev/null
first=$(ls "$out"/*.json | head -1)

db=$(fresh one)
echo "one system ($(basename "$first"), 5,000 people):"
/usr/bin/time -f "  %e s elapsed, %M KB peak memory" $cli import "$first" --database "$db" | tail -1
echo "the same file again (nothing changes):"
/usr/bin/time -f "  %e s elapsed, %M KB peak memory" $cli import "$first" --database "$db" | tail -1

db=$(fresh national)
echo "national set (42 systems × 5,000 people, one transaction):"
/usr/bin/time -f "  %e s elapsed, %M KB peak memory" $cli import "$out"/*.json --database "$db" | tail -1
psql "postgresql://goldenthread:goldenthread@127.0.0.1:${GT_PGPORT:-55432}/gt_bench_national" -Atc \
  "select 'rows: ' || (select count(*) from people) || ' people, ' || (select count(*) from memberships) || ' memberships, ' || (select count(*) from audit_entries) || ' audit entries'"

#!/usr/bin/env bash
# Times `goldenthread match-exchanges` as a whole process (start-up, reading and checking the pool, every pair decided
# and scored, the maximum-weight matching, the output) on generated pools of 200, 1,000 and 2,000 participants (the
# bench project's `exchange-pool`, seed 1), JSON and table, against `--help` as the floor every run pays.
# Needs Release builds (made if missing). Usage: bench/scripts/match-exchanges-cli.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
. bench/scripts/cli-timing.sh

bench=bench/GoldenThread.Bench/bin/Release/net10.0/GoldenThread.Bench.dll
[ -f "$bench" ] || dotnet build bench/GoldenThread.Bench -c Release -nologo -v quiet >/dev/null
for count in 200 1000 2000; do
  dotnet "$bench" exchange-pool "$work/pool-$count.json" "$count" 1
  echo "pool-$count.json, $(wc -c <"$work/pool-$count.json") bytes, $runs runs each:"
  echo "  match-exchanges --format json: $(measure dotnet "$dll" match-exchanges "$work/pool-$count.json" --format json)"
  echo "  match-exchanges (table):       $(measure dotnet "$dll" match-exchanges "$work/pool-$count.json")"
done
echo "match-exchanges --help:          $(measure dotnet "$dll" match-exchanges --help)"

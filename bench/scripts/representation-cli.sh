#!/usr/bin/env bash
# Times `goldenthread representation` as a whole process (start-up, reading and checking the file, the rules, the
# output) on a generated 5,000-person system, JSON and table, against `--help` as the floor every run pays.
# Needs a Release build (made if missing). Usage: bench/scripts/representation-cli.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
. bench/scripts/cli-timing.sh
dotnet "$dll" generate --systems 1 --people 5000 --seed 1 --out "$work" >/dev/null
file=$(ls "$work"/*.json)

echo "$(basename "$file"), $(wc -c <"$file") bytes, $runs runs each:"
echo "  representation --format json: $(measure dotnet "$dll" representation "$file" --on 2026-11-24 --format json)"
echo "  representation (table):       $(measure dotnet "$dll" representation "$file" --on 2026-11-24)"
echo "  representation --help:        $(measure dotnet "$dll" representation --help)"

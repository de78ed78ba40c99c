#!/usr/bin/env bash
# Times `goldenthread form-sets` as a whole process (start-up, reading and checking the file, the search within its
# limit, the output) on the benchmarks' registrants: 134 from each of 3 generated systems (402, made by the bench
# project's `registrants-file`, seed 5), JSON and table, against `--help` as the floor every run pays; then says the
# score, bound, gap and status the JSON run gave. With ORGANISATIONS, the harder pool instead: every system's registrants
# from that many organisations (DevelopmentPools.FewOrganisations), where the search runs to its 10-second limit.
# Needs Release builds (made if missing). Usage: bench/scripts/form-sets-cli.sh [RUNS=3] [SYSTEMS=3] [PER-SYSTEM=134] [ORGANISATIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
systems=${2:-3}
per=${3:-134}
organisations=${4:-}
. bench/scripts/cli-timing.sh

bench=bench/GoldenThread.Bench/bin/Release/net10.0/GoldenThread.Bench.dll
[ -f "$bench" ] || dotnet build bench/GoldenThread.Bench -c Release -nologo -v quiet >/dev/null
dotnet "$bench" registrants-file "$work/registrants.json" "$systems" "$per" $organisations

echo "registrants.json, $systems systems of $per${organisations:+ from $organisations organisations each}, $(wc -c <"$work/registrants.json") bytes, $runs runs each:"
echo "  form-sets --format json: $(measure dotnet "$dll" form-sets "$work/registrants.json" --format json)"
echo "  form-sets (table):       $(measure dotnet "$dll" form-sets "$work/registrants.json")"
echo "form-sets --help:          $(measure dotnet "$dll" form-sets --help)"
dotnet "$dll" form-sets "$work/registrants.json" --format json | jq -r \
  '"\(.sets | length) sets, total \(.totalScore), bound \(.bound), gap \((.bound - .totalScore) * 10000 / .bound | floor / 100)%, \(.status)"'

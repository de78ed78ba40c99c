#!/usr/bin/env bash
# Times `goldenthread eligibility` as a whole process (start-up, reading and checking both files, the 17 criteria for
# every application, the output) on the benchmarks' national round: 10,000 applications across the 42 ICBs, made by
# the bench project (`eligibility-files`, seed 6; about 36 MB), JSON and table, against `--help` as the floor every
# run pays. Needs Release builds (made if missing). Usage: bench/scripts/eligibility-cli.sh [RUNS=5] [APPLICATIONS=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
count=${2:-10000}
. bench/scripts/cli-timing.sh

bench=bench/GoldenThread.Bench/bin/Release/net10.0/GoldenThread.Bench.dll
[ -f "$bench" ] || dotnet build bench/GoldenThread.Bench -c Release -nologo -v quiet >/dev/null
dotnet "$bench" eligibility-files "$work" "$count"

echo "applications.json, $count applications, $(wc -c <"$work/applications.json") bytes, $runs runs each:"
echo "  eligibility --format json: $(measure dotnet "$dll" eligibility "$work/programme.json" "$work/applications.json" --format json)"
echo "  eligibility (table):       $(measure dotnet "$dll" eligibility "$work/programme.json" "$work/applications.json")"
echo "eligibility --help:          $(measure dotnet "$dll" eligibility --help)"

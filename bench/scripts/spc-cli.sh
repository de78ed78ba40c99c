#!/usr/bin/env bash
# Times `goldenthread spc` as a whole process (start-up, reading and checking the file, the chart, the output) on a
# 60-point series (five years monthly) and a 100,000-point one (daily), JSON and table, against `--help` as the floor
# every run pays. The series are made here (awk, seeded): a noisy level, a shift a third of the way in, a rebase there.
# Needs a Release build (made if missing). Usage: bench/scripts/spc-cli.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
. bench/scripts/cli-timing.sh

# Writes a series of N points, one a day from 2000-01-01 (or a month, with "monthly"), rebased a third of the way in.
series() {
  awk -v n="$1" -v monthly="${2:-}" 'function day(z,   era, doe, yoe, doy, mp, d, m, y) {  # days since 1970-01-01 → date
      z += 719468; era = int(z / 146097); doe = z - era * 146097
      yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
      y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
      d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9
      return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d) }
    function date(i) { return monthly ? sprintf("%04d-%02d-01", 2000 + int(i / 12), i % 12 + 1) : day(10957 + i) }
    BEGIN {
      srand(1); printf "{\"dates\":["
      for (i = 0; i < n; i++) printf "%s\"%s\"", (i ? "," : ""), date(i)
      printf "],\"values\":["
      for (i = 0; i < n; i++) printf "%s%.2f", (i ? "," : ""), (i < n / 3 ? 100 : 92) + (rand() - 0.5) * 12
      printf "],\"improvementDirection\":\"decrease\",\"target\":95,\"rebase\":[\"%s\"],\"screenOutliers\":true}\n", date(int(n / 3))
    }'
}
series 60 monthly >"$work/series-60.json"
series 100000 >"$work/series-100000.json"

for file in "$work"/series-60.json "$work"/series-100000.json; do
  echo "$(basename "$file"), $(wc -c <"$file") bytes, $runs runs each:"
  echo "  spc --format json: $(measure dotnet "$dll" spc "$file" --format json)"
  echo "  spc (table):       $(measure dotnet "$dll" spc "$file")"
done
echo "spc --help:          $(measure dotnet "$dll" spc --help)"

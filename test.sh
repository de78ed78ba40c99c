#!/usr/bin/env bash
# Runs every test: unit, integration on SQLite and PostgreSQL, and browser tests in headless Chromium.
# Installs what it needs (PostgreSQL and Chromium from Debian, npm packages) idempotently.
# The last line is "N passed, N failed" (", N skipped" if any) summed over every test project.
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
results="$root/artifacts/test-results"
step() { local started=$SECONDS; echo "== $1" >&2; shift; "$@"; echo "   (${1##*/}: $(( SECONDS - started ))s)" >&2; }

export GOLDENTHREAD_TEST_POSTGRES="$(step "PostgreSQL" scripts/postgres.sh start | tail -1)"
step "Chromium" scripts/chromium.sh
[ -f frontend/node_modules/nhsuk-frontend/package.json ] || step "npm packages" npm ci --prefix frontend --no-audit --no-fund
export GOLDENTHREAD_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step "build" dotnet build GoldenThread.slnx -c Release -nologo -v quiet
rm -rf "$results"; mkdir -p "$results"
# One test host per project, side by side, each with its own result file (a shared one would be overwritten).
run_project() {
  local project="$1" name; name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=normal" --results-directory "$results" >"$results/$name.log" 2>&1
  echo $? >"$results/$name.exit"
}
started=$SECONDS
for project in tests/*.Tests/*.Tests.csproj; do run_project "$project" & done
wait
echo "   (tests: $(( SECONDS - started ))s)" >&2
status=0
for log in "$results"/*.log; do
  name="$(basename "$log" .log)"
  if [ "$(cat "$results/$name.exit")" != 0 ]; then status=1; echo "== $name failed:" >&2; grep -E "^\s+(Failed|Error Message|Stack Trace)|^\s+at GoldenThread|Assert" -A3 "$log" | head -80 >&2; fi
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed); e=$(value error)
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - executed))
  echo "   $(basename "$trx" .trx): $p passed, $((f + e)) failed, $((total - executed)) not run" >&2
done
projects=$(ls tests/*.Tests/*.Tests.csproj | wc -l)
[ "$files" -eq "$projects" ] || { echo "$files result files for $projects test projects" >&2; failed=$((failed + 1)); }
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1   # a test host that crashed still fails the run
if [ "${CI:-}" = true ] && [ "$skipped" -gt 0 ]; then echo "CI runs every test: $skipped were skipped" >&2; status=1; fi
line="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

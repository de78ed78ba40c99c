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
rm -rf "$results"
status=0
step "tests" dotnet test GoldenThread.slnx -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed); e=$(value error)
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - executed))
done
[ "$files" -gt 0 ] || { echo "no test results were written" >&2; failed=$((failed + 1)); }
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1   # a test host that crashed still fails the run
if [ "${CI:-}" = true ] && [ "$skipped" -gt 0 ]; then echo "CI runs every test: $skipped were skipped" >&2; status=1; fi
line="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

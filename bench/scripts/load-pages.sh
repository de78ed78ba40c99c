#!/usr/bin/env bash
# Load on the register pages of a 5,000-person system: imports a generated system into a fresh PostgreSQL database,
# gives a leadership-team account a role in it, starts the built app (Release) and sends N requests, C at a time,
# to the body and person list and detail pages with ApacheBench (apt: apache2-utils), printing median and p95.
# Usage: bench/scripts/load-pages.sh [REQUESTS=1000] [CONCURRENCY=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-1000} concurrency=${2:-8} port=5098
export PGOPTIONS="--client-min-messages=warning"
command -v ab >/dev/null || { echo "needs ab: apt-get install apache2-utils" >&2; exit 1; }
scripts/postgres.sh start >/dev/null
dotnet build src/GoldenThread.Web -c Release -nologo -v quiet >/dev/null
dotnet build src/GoldenThread.Cli -c Release -nologo -v quiet >/dev/null
cli="dotnet src/GoldenThread.Cli/bin/Release/net10.0/goldenthread.dll"
work=$(mktemp -d)
psql "postgresql://goldenthread:goldenthread@127.0.0.1:${GT_PGPORT:-55432}/postgres" -qc "DROP DATABASE IF EXISTS gt_bench_load WITH (FORCE)" -c "CREATE DATABASE gt_bench_load"
db="Host=127.0.0.1;Port=${GT_PGPORT:-55432};Username=goldenthread;Password=goldenthread;Database=gt_bench_load"
$cli migrate --database "$db" >/dev/null
$cli generate --systems 1 --people 5000 --seed 1 --out "$work" >/dev/null
file=$(ls "$work"/*.json)
code=$(basename "$file" .json)
$cli import "$file" --database "$db" >/dev/null
password=$($cli accounts add --email load@example.org --name "Load Test" --role leadership-team --system "$code" --database "$db" | sed 's/.*: //')

export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__GoldenThread="$db" Serilog__MinimumLevel__Default=Warning
(cd src/GoldenThread.Web && exec dotnet ../../src/GoldenThread.Web/bin/Release/net10.0/GoldenThread.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.2; done

jar="$work/cookies"
token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=load@example.org" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/sign-in"
cookie=$(awk '$6 == "goldenthread" { print "goldenthread=" $7 }' "$jar")
base="http://127.0.0.1:$port/systems/$code"
first() { curl -s -b "$jar" "$base/$1" | grep -o "/systems/$code/$1/[0-9a-f-]\{36\}" | head -1; }
body=$(first bodies) person=$(first people)

echo "$requests requests, $concurrency at a time, system $code (5,000 people):"
for path in "/systems/$code/bodies" "$body" "/systems/$code/people" "$person"; do
  curl -s -b "$jar" -o /dev/null "http://127.0.0.1:$port$path" # warm
  ab -q -n "$requests" -c "$concurrency" -C "$cookie" "http://127.0.0.1:$port$path" >"$work/ab.txt"
  failed=$(awk '/^Failed requests/ { print $3 }' "$work/ab.txt"); non2xx=$(awk '/^Non-2xx/ { print $3 }' "$work/ab.txt")
  printf '  %-60s median %4s ms  p95 %4s ms  %s req/s  failed %s%s\n' "$path" \
    "$(awk '$1 == "50%" { print $2 }' "$work/ab.txt")" "$(awk '$1 == "95%" { print $2 }' "$work/ab.txt")" \
    "$(awk '/^Requests per second/ { print $4 }' "$work/ab.txt")" "$failed" "${non2xx:+, non-2xx $non2xx}"
done

# Sourced by the scripts that time `goldenthread` as a whole process, from the repository's root with $runs set:
# makes the Release build if missing ($dll), a work folder removed on exit ($work), and measure.

dll=src/GoldenThread.Cli/bin/Release/net10.0/goldenthread.dll
[ -f "$dll" ] || dotnet build src/GoldenThread.Cli -c Release -nologo -v quiet >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure CMD…: prints "median (min–max) ms, peak memory" of $runs runs of the command, after one warm-up run.
measure() {
  "$@" >/dev/null
  local times=() peak=0
  for _ in $(seq "$runs"); do
    local start end kb
    start=$(date +%s%N)
    kb=$( { /usr/bin/time -f %M "$@" >/dev/null; } 2>&1 | tail -1)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    (( kb > peak )) && peak=$kb
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "${sorted[$(( runs / 2 ))]} ms (${sorted[0]}–${sorted[-1]}), $(( peak / 1024 )) MiB peak"
}

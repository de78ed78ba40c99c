# Sourced by the timing scripts. measure CMD…: prints "median (min–max) ms, peak memory" of $runs runs of the
# command, after one warm-up run.
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

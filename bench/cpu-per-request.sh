#!/usr/bin/env bash
# The long tail's cost in CPU per page: for each jar in turn, Nashir on a generated archive
# (bench/archive.sh), warmed on 40 % of the article addresses (see WARM), then measured for 20 s on
# the others (none in the page cache), printing req/s, p99 and the milliseconds of CPU the Java
# process spent per request. On a shared, noisy host the throughput of two runs of the same jar can
# differ by half; the CPU per request moves far less, so compare jars with it, alternating:
#
#   bash bench/cpu-per-request.sh DATA_DIR JAR...        e.g. /tmp/gen/h2-100k old.jar new.jar old.jar new.jar
#
# A run may be named LABEL=JAR, and ENV_<LABEL> then holds settings for that run only (NAME=value, space-separated),
# e.g. ENV_pool4="SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=4" … pool4=a.jar pool10=a.jar pool4=a.jar pool10=a.jar
#
# Environment: HEAP=1g, CONNECTIONS=32, WARM=compiled (until the JIT's compilers are nearly idle: bench/node.sh
# warm_until_compiled; or a time such as 30s, readers' plain requests), PG_DATABASE (an archive on PostgreSQL made by
# bench/archive.sh: its database on 127.0.0.1:5432; the CPU of PostgreSQL's processes per request is
# printed too, as moving work into the database would otherwise look like a saving). Each run also prints the CPU the
# JIT compilers and the garbage collector used in the measured window.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:?data dir}" && pwd)"; shift
[[ -s "$DATA/paths.txt" ]] || { echo "no $DATA/paths.txt: make the archive with bench/archive.sh" >&2; exit 1; }
[[ -z "${PG_DATABASE:-}" && -e "$DATA/db/nashir.lock.db" ]] && { echo "$DATA/db is open in another process" >&2; exit 1; }
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
TMP="$(mktemp -d)"; APP_PID=""
trap '[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null; rm -rf "$TMP"' EXIT
grep '^/news/' "$DATA/paths.txt" | shuf --random-source=<(yes) >"$TMP/all.txt"
n="$(wc -l <"$TMP/all.txt")"
tail -n $((n * 2 / 5)) "$TMP/all.txt" >"$TMP/warm.txt"; head -n $((n * 3 / 5)) "$TMP/all.txt" >"$TMP/measure.txt"
ticks="$(getconf CLK_TCK)"
for run in "$@"; do
  jar="${run#*=}"; label="$(basename "$jar")"; own=()
  if [[ "$run" == *=* ]]; then
    label="${run%%=*}"; settings="ENV_$label"
    [[ "$label" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] && read -r -a own <<<"${!settings:-}"
  fi
  start_node "$jar" "$DATA" "${PG_DATABASE:-}" "$TMP/app.log" "${own[@]}"
  APP_PID="$NODE_PID"
  if [[ "${WARM:-compiled}" == compiled ]]; then
    warmed="$(warm_until_compiled "$APP_PID" "$NODE_URL" "$TMP/warm.txt")"
  else
    wrk -t2 -c"${CONNECTIONS:-32}" -d"$WARM" "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/warm.txt" >/dev/null 2>&1 || true
    warmed="$WARM"
  fi
  c0="$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")"; g0="$(pg_cpu)"; k0="$(compiler_ticks "$APP_PID")"; r0="$(gc_ticks "$APP_PID")"
  wrk -t2 -c"${CONNECTIONS:-32}" -d20s --latency "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/measure.txt" >"$TMP/wrk.txt" 2>&1 || true
  c1="$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")"; g1="$(pg_cpu)"; k1="$(compiler_ticks "$APP_PID")"; r1="$(gc_ticks "$APP_PID")"
  requests="$(awk '/requests in/{print $1}' "$TMP/wrk.txt")"
  awk -v jar="$label" -v c="$((c1 - c0))" -v g="$((g1 - g0))" -v pg="${PG_DATABASE:-}" -v hz="$ticks" -v n="$requests" \
      -v rps="$(awk '/Requests\/sec/{print $2}' "$TMP/wrk.txt")" -v p99="$(awk '$1=="99%"{print $2}' "$TMP/wrk.txt")" \
      -v bad="$(awk '/Non-2xx/{print $NF}' "$TMP/wrk.txt")" \
      'BEGIN{printf "%-24s %9s req/s  p99 %9s  %.2f ms CPU/request%s%s\n", jar, rps, p99, 1000 * c / hz / n,
             (pg ? sprintf(" + PostgreSQL %.2f ms", 1000 * g / hz / n) : ""), (bad ? "  non-2xx=" bad : "")}'
  echo "  (warmed: $warmed; in the measured window the compilers used $(( (k1 - k0) * 1000 / ticks )) ms of CPU, the garbage collector $(( (r1 - r0) * 1000 / ticks )) ms = $(( (r1 - r0) * 100 / (c1 - c0) )) % of the node's)"
  stop_node; APP_PID=""
done

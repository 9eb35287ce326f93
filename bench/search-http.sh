#!/usr/bin/env bash
# Uncached searches over HTTP for several nodes in turn: each a jar on an archive's data folder (bench/archive.sh), the
# page cache off, one connection rotating over two-word headline searches as archive-bench.sh makes them, warmed on others,
# then measured. The nodes take turns, ROUNDS times, so that their ratio holds on a noisy machine.
#
#   bash bench/search-http.sh PG_DATABASE LABEL=JAR@DATA_DIR [LABEL=JAR@DATA_DIR ...]
#   e.g. bash bench/search-http.sh nashir_1m before=/tmp/old.jar@/tmp/gen/pg-1m after=target/nashir.jar@/tmp/gen/one
#
# Two data folders may share the database (the nodes never run at once) but not an index. Environment: ROUNDS=2,
# WARM=60 (seconds), MEASURE=20, HEAP=1g, JAVA_ENV (more NAME=value settings for every node, space-separated), ENV_<label>
# (the same for the node of that label only, e.g. ENV_parallel="JAVA_TOOL_OPTIONS=-XX:+UseParallelGC"; for labels
# that are shell names: letters, digits, underscores).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGDB="${1:?PostgreSQL database}"; shift
[[ $# -gt 0 ]] || { echo "name at least one LABEL=JAR@DATA_DIR" >&2; exit 1; }
TMP="$(mktemp -d)"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
trap 'stop_node; rm -rf "$TMP"' EXIT
first_data="${1#*@}"
# Warmed on 2,000 searches and measured on 4,000 others: a search asked again within 10 s finds its counts cached
# (SearchEngine.FACETS_FOR), which a measured run that began where its warm-up had passed did for a part of its searches.
grep '^/news/' "$first_data/paths.txt" | shuf -n 6000 --random-source=<(yes) \
  | python3 "$ROOT/bench/headline-searches.py" --url | head -6000 >"$TMP/all-searches.txt"
head -2000 "$TMP/all-searches.txt" >"$TMP/warm-searches.txt"
tail -n +2001 "$TMP/all-searches.txt" >"$TMP/searches.txt"
for r in $(seq 1 "${ROUNDS:-2}"); do
  for node in "$@"; do
    label="${node%%=*}"; rest="${node#*=}"; jar="${rest%@*}"; data="$(cd "${rest#*@}" && pwd)"
    own=""
    # A label such as "before-1" names no variable: it has no settings of its own.
    [[ "$label" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] && own="ENV_$label" && own="${!own:-}"
    # shellcheck disable=SC2086 # a list of NAME=value words
    start_node "$jar" "$data" "$PGDB" "$TMP/app.log" NASHIR_PAGE_CACHE_ENABLED=false $own
    wrk -t1 -c1 -d"${WARM:-60}s" "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/warm-searches.txt" \
      >/dev/null 2>&1 || true
    wrk -t1 -c1 -d"${MEASURE:-20}s" --latency "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- \
      "$TMP/searches.txt" >"$TMP/wrk.txt" 2>&1 || true
    stop_node
    printf '%-12s round %d: %s req/s, p50 %s, p99 %s, non-2xx %s\n' "$label" "$r" \
      "$(awk '/Requests\/sec/ {print $2}' "$TMP/wrk.txt")" "$(awk '$1 == "50%" {print $2}' "$TMP/wrk.txt")" \
      "$(awk '$1 == "99%" {print $2}' "$TMP/wrk.txt")" "$(awk '/Non-2xx/ {print $NF}' "$TMP/wrk.txt" | grep . || echo 0)"
  done
done

#!/usr/bin/env bash
# Nashir search benchmark: index N generated Arabic articles (vocabulary of the demo content),
# then query latency p50/p99 for a mixed query set at 1 and 8 concurrent clients, and the time
# from writing an article to finding it. Runs the engine in-process (no HTTP, no database).
#
#   bash bench/search.sh [ARTICLES] [QUERIES_PER_CLIENT]      defaults: 100000 2000
#
# Environment: JAVA_OPTS (e.g. -Xmx2g), KEEP_INDEX=1 keeps the index folder, INDEX_DIR=<dir> uses (and
# keeps) that folder, reusing an index of the same size found there, WAIT_QUIET=<s>
# waits for an idle machine first (the figures measure whatever else runs on these cores).
# Writes the report to bench/results/search-latest.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLES="${1:-100000}"
PER_CLIENT="${2:-2000}"
cd "$ROOT"

busy_pct() {
    local a b
    a="$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"; sleep "$1"
    b="$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"
    awk -v a="$a" -v b="$b" 'BEGIN{split(a,x," "); split(b,y," "); d=y[2]-x[2]; printf "%.0f", (d > 0 ? 100*(y[1]-x[1])/d : 0)}'
}
waited=0
while :; do
    busy="$(busy_pct 2)"
    ((busy <= 10)) && break
    if ((waited >= ${WAIT_QUIET:-0})); then
        echo "== WARNING: machine ${busy}% busy before the benchmark; figures include that load" >&2
        break
    fi
    sleep 8; waited=$((waited + 10))
done

echo "== compiling (mvn -q test-compile)" >&2
mvn -q test-compile
CP="$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
if [[ -n "${INDEX_DIR:-}" ]]; then
    # An index of the same size left there by an earlier run (KEEP_INDEX=1) is reused, not rebuilt.
    INDEX="$INDEX_DIR"; mkdir -p "$INDEX"
else
    INDEX="$(mktemp -d /tmp/nashir-search-bench.XXXXXX)"
    trap '[[ "${KEEP_INDEX:-}" == 1 ]] || rm -rf "$INDEX"' EXIT
fi

mkdir -p bench/results
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$CP" com.nashir.search.SearchBenchmark "$ARTICLES" "$PER_CLIENT" "$INDEX" \
    | tee bench/results/search-latest.txt
{
    echo
    echo "machine load (1/5/15 min) after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a bench/results/search-latest.txt

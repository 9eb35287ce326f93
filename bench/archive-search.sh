#!/usr/bin/env bash
# Uncached search on an archive's index, in-process (ArchiveSearchBench): two builds in turn, each in its own JVM.
#
#   bash bench/archive-search.sh DATA_DIR [CLASSES_A CLASSES_B ...]
#
# DATA_DIR is an archive from bench/archive.sh (its search/ generation and its paths.txt, whose article headlines give
# 2,000 two-word searches as archive-bench.sh makes them). CLASSES_*: folders of compiled main classes to compare
# (copies of target/classes from two commits); default: target/classes alone. A folder written with "+spare" after it
# (target/classes+spare) lends the searches a second processor, as a quiet node does (SpareProcessor).
# Environment: ROUNDS (3), WARM (1 round of the searches before measuring), MEASURE (1), DAYS_LATER (0: search as that
# many days after today, for an index that took bench/live-index.sh's year of writes, dated after the archive),
# CACHED_COUNTS (false; true: each search asked twice in a row with the facet cache on, the second asking measured
# too, as a reader's next page is). The index files are read before each run, so the page cache holds them (this
# machine's host evicts it). Run on a quiet machine; compare only figures of the same run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:?archive data dir}"; shift
cd "$ROOT"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
CP="$(bench_classpath)"
INDEX="$(ls -d "$DATA"/search/g* | head -1)"
SEARCHES="$(mktemp)"
trap 'rm -f "$SEARCHES"' EXIT
grep '^/news/' "$DATA/paths.txt" | shuf -n 2000 --random-source=<(yes) | python3 bench/headline-searches.py \
  | head -2000 >"$SEARCHES"
BUILDS=("$@")
[[ ${#BUILDS[@]} -gt 0 ]] || BUILDS=(target/classes)
for r in $(seq 1 "${ROUNDS:-3}"); do
  for build in "${BUILDS[@]}"; do
    classes="${build%+spare}"
    spare=""; [[ "$build" == *+spare ]] && spare=spare
    cat "$INDEX"/* >/dev/null
    echo "== $build (turn $r)"
    java -Xmx1g -Dnashir.bench.days-later="${DAYS_LATER:-0}" -Dnashir.bench.cached-counts="${CACHED_COUNTS:-false}" -cp "$classes:$CP" com.nashir.search.ArchiveSearchBench \
      "$INDEX" "$SEARCHES" "${WARM:-1}" "${MEASURE:-1}" $spare 2>&1 | grep '^round'
  done
done

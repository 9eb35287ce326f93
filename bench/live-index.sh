#!/usr/bin/env bash
# A year of a newsroom's writes on a copy of an archive's search index (com.nashir.search.LiveIndexBench), to see the
# segments a live index grows and to search it with bench/archive-search.sh against the index as rebuilt.
#
#   bash bench/live-index.sh DATA_DIR COPY_DIR [DAYS NEW_A_DAY EDITS_A_DAY [merge]]
#
# Copies DATA_DIR's search index and paths.txt into COPY_DIR (an archive folder archive-search.sh accepts), then
# applies DAYS (365) days of NEW_A_DAY (180) new articles and EDITS_A_DAY (270) saves of existing ones, each write
# refreshed as a node refreshes after a feed poll. `merge` force-merges into one segment at the end (a rebuild's layout).
# Environment: REFRESH_EVERY (1: writes between refreshes before the last day, which is always refreshed write by write;
# 450 makes the year 6 minutes instead of 32), TAIL_MERGE (false; true: each day ends with the node's daily tail merge
# when its rule, eight small segments, asks for one).
# The year is dated after the archive: search the copy with DAYS_LATER=366 bash bench/archive-search.sh COPY_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:?archive data dir}" && pwd)"
COPY="${2:?copy dir}"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
CP="$(bench_classpath)"
INDEX="$(ls -d "$DATA"/search/g* | head -1)"
mkdir -p "$COPY/search"
cp "$DATA/paths.txt" "$COPY/"
rm -rf "$COPY/search/$(basename "$INDEX")"
cp -r "$INDEX" "$COPY/search/"
java -Xmx1g -Dnashir.bench.refresh-every="${REFRESH_EVERY:-1}" -Dnashir.bench.tail-merge="${TAIL_MERGE:-false}" \
  -cp "$CP" com.nashir.search.LiveIndexBench "$COPY/search/$(basename "$INDEX")" "${@:3}"

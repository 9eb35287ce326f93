#!/usr/bin/env bash
# Shows or rearranges the segments of a built search index (com.nashir.search.IndexLayoutBench), to measure how their
# layout changes a search with bench/archive-search.sh or bench/search-http.sh. Work on a copy: the index is changed.
#
#   bash bench/index-layout.sh INDEX_DIR [show | policy | tier=K | floor=MB | segments=N | tail | deletes]
#
# show: each segment's documents and size; policy: the merges Lucene's merge policy asks for (as a node makes them
# after its next write); tier=K / floor=MB: the same with TieredMergePolicy allowing K segments a tier / treating
# segments under MB megabytes as that size; segments=N: forced down to N (a rebuild leaves one); tail: the
# segments under a quarter of the largest merged into one (what a node does when its tail grows); deletes: every
# segment with deletions rewritten without them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INDEX="${1:?index folder (DATA/search/g...)}"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
CP="$(bench_classpath)"
java -Xmx2g -cp "$CP" com.nashir.search.IndexLayoutBench "$INDEX" "${2:-show}"

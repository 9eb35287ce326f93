#!/usr/bin/env bash
# The search behind a kept related list ("اقرأ أيضاً"), in-process (RelatedSearchBench), for several windows in turn.
#
#   bash bench/related-search.sh DATA_DIR [WINDOWS]
#
# DATA_DIR is an archive from bench/archive.sh (its search/ generation). WINDOWS: comma-separated sizes of the
# stretch of the archive read around each article's time, in documents, or "all" (the whole archive, the recency
# bonus counted from now: the search before windows); default "all,20000". The first is the baseline the others'
# lists are compared with. Environment: SAMPLES (500 articles spread over the archive), WARM (1 round), MEASURE (2).
# The index files are read first, so the page cache holds them. Run on a quiet machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:?archive data dir}"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
CP="$(bench_classpath)"
INDEX="$(ls -d "$DATA"/search/g* | head -1)"
cat "$INDEX"/* >/dev/null
java -Xmx1g -cp "$CP" com.nashir.search.RelatedSearchBench \
  "$INDEX" "${SAMPLES:-500}" "${WARM:-1}" "${MEASURE:-2}" "${2:-all,20000}"

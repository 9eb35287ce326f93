#!/usr/bin/env bash
# Where an uncached search's time goes over HTTP: Nashir on a generated archive (bench/archive.sh) with the page
# cache off, one connection rotating over two-word headline searches as archive-bench.sh makes them, warmed on others, then
# async-profiler (Maven Central: tools.profiler:async-profiler, linux-x64) attached for the measured window only
# (`jcmd … JVMTI.agent_load`, so start-up and warm-up are not in the stacks), its stacks written collapsed with
# thread names, then summed per part of a search for the request threads and for the spare processor's thread.
#
#   bash bench/profile-search.sh DATA_DIR [JAR [PG_DATABASE]]   e.g. /tmp/gen/pg-1m target/nashir.jar nashir_1m
#
# Environment: WARM=60 (seconds), MEASURE=20, CONNECTIONS=1, HEAP=1g, EVENT=itimer (or cpu where perf events are
# allowed), OUT (the collapsed stacks, default bench/results/profile-search.collapsed), JAVA_ENV (more NAME=value
# settings for the node, space-separated, e.g. NASHIR_SEARCH_SPARE_PROCESSOR=false).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:?data dir}" && pwd)"
JAR="${2:-$ROOT/target/nashir.jar}"
PGDB="${3:-}"
OUT="${OUT:-$ROOT/bench/results/profile-search.collapsed}"
OUT="$(realpath -m "$OUT")"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
usable_archive "$DATA" "$PGDB" || exit 1
TMP="$(mktemp -d)"
trap 'stop_node; rm -rf "$TMP"' EXIT
# Warmed on 2,000 searches and measured on 4,000 others: a search asked again within 10 s finds its counts cached
# (SearchEngine.FACETS_FOR), which a measured run that began where its warm-up had passed did for a part of its searches.
grep '^/news/' "$DATA/paths.txt" | shuf -n 6000 --random-source=<(yes) \
  | python3 "$ROOT/bench/headline-searches.py" --url | head -6000 >"$TMP/all-searches.txt"
head -2000 "$TMP/all-searches.txt" >"$TMP/warm-searches.txt"
tail -n +2001 "$TMP/all-searches.txt" >"$TMP/searches.txt"
start_node "$JAR" "$DATA" "$PGDB" "$TMP/app.log" NASHIR_PAGE_CACHE_ENABLED=false
C="${CONNECTIONS:-1}"
wrk -t1 -c"$C" -d"${WARM:-60}s" "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/warm-searches.txt" >/dev/null 2>&1 || true
profiler_start "$NODE_PID" "$OUT"
wrk -t1 -c"$C" -d"${MEASURE:-20}s" --latency "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/searches.txt" \
  >"$TMP/wrk.txt" 2>&1 || true
profiler_stop "$NODE_PID" "$OUT"
stop_node
grep -E "Requests/sec|  50%|  99%|Non-2xx" "$TMP/wrk.txt"
[[ -s "$OUT" ]] || { echo "no stacks written to $OUT" >&2; exit 1; }
python3 - "$OUT" <<'EOF'
import collections, sys
# Most specific first: a sample counts for the first part its stack holds.
parts = [("the query's weight (term lookups in every segment)", "IndexSearcher.createWeight"),
         ("the pass: newest matches, scored (NewestMatches)", "NewestMatches$Half.read"),
         ("facet counts (NewestMatches.counted)", "NewestMatches.counted"),
         ("highlights: stored fields", "Snippets$Highlighter.loadFieldValues"),
         ("highlights: matches and passages", "Snippets"),
         ("parsing the text (QueryText.parse)", "QueryText.parse"),
         ("the hits checked public (one statement)", "PublishedArticles.publicIds"),
         ("template rendering (jte)", "ByteTemplateViews"),
         ("the rest of the search (SiteSearch.search)", "SiteSearch.search"),
         ("other controller work", "SearchController.search")]
groups = {"request threads": "[http-nio", "the spare processor's thread": "[search-spare"}
counts = {g: collections.Counter() for g in groups}
total = 0
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n); total += n
    for group, prefix in groups.items():
        if stack.startswith(prefix):
            rest = "Tomcat, filters, Spring MVC" if group == "request threads" else "waiting for work, the pool"
            counts[group][next((name for name, marker in parts if marker in stack), rest)] += n
for group, c in counts.items():
    own = sum(c.values())
    print(f"{group}: {own} samples ({100 * own / max(total, 1):.1f} % of all); of theirs:")
    for name, n in c.most_common():
        print(f"  {100 * n / max(own, 1):5.1f} %  {name}")
EOF

#!/usr/bin/env bash
# Where the long tail's time goes: Nashir on a generated archive (bench/archive.sh), warmed on 40 %
# of the article addresses, then measured on the others (none in the page cache), with
#   - the CPU each group of threads spent during the measured window (request threads, the JIT's
#     compilers, the garbage collector...), read from /proc before and after;
#   - async-profiler (Maven Central: tools.profiler:async-profiler, linux-x64) loaded for the measured
#     window, sampling every thread on a CPU timer, its stacks written collapsed, then summed per part of a page.
#
#   bash bench/profile-tail.sh DATA_DIR [JAR [PG_DATABASE]]   e.g. /tmp/gen/h2-100k target/nashir.jar
#   (with PG_DATABASE: the archive's database on PostgreSQL at 127.0.0.1:5432, as bench/archive.sh made it)
#
# Environment: WARM=compiled (until the JIT's compilers are nearly idle:
# bench/node.sh warm_until_compiled; or a number of seconds), MEASURE=20, HEAP=1g, CONNECTIONS=32, OUT (the collapsed stacks,
# default bench/results/profile-tail.collapsed). Why not JFR: on this 2-core machine a JFR recording
# with deep stacks cut the long tail to a quarter of its rate (565 against 2,250 req/s), so its
# picture was of a different server; async-profiler's timer cost nothing measurable (2,127 req/s).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:?data dir}" && pwd)"
JAR="${2:-$ROOT/target/nashir.jar}"
PGDB="${3:-}"
OUT="${OUT:-$ROOT/bench/results/profile-tail.collapsed}"
mkdir -p "$(dirname "$OUT")"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
usable_archive "$DATA" "$PGDB" || exit 1
async_profiler_lib >/dev/null
TMP="$(mktemp -d)"; APP_PID=""
trap '[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null; rm -rf "$TMP"' EXIT
grep '^/news/' "$DATA/paths.txt" | shuf --random-source=<(yes) >"$TMP/all.txt"
n="$(wc -l <"$TMP/all.txt")"
tail -n $((n * 2 / 5)) "$TMP/all.txt" >"$TMP/warm.txt"; head -n $((n * 3 / 5)) "$TMP/all.txt" >"$TMP/measure.txt"
start_node "$JAR" "$DATA" "$PGDB" "$TMP/app.log"
APP_PID="$NODE_PID"
if [[ "${WARM:-compiled}" == compiled ]]; then
  echo "warmed until compiled: $(warm_until_compiled "$APP_PID" "$NODE_URL" "$TMP/warm.txt")"
else
  wrk -t2 -c"${CONNECTIONS:-32}" -d"${WARM}s" "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/warm.txt" >/dev/null 2>&1 || true
fi
threads() {
  for t in /proc/"$APP_PID"/task/*; do
    echo "$(sed 's/[0-9#]*$//; s/ /_/g' "$t/comm") $(awk '{print $14 + $15}' "$t/stat")"
  done | awk '{a[$1] += $2} END {for (k in a) print k, a[k]}' | sort
}
rm -f "$OUT"; profiler_start "$APP_PID" "$OUT"
threads >"$TMP/before"; pg_before="$(pg_cpu)"; wall_before="$(date +%s%N)"
wrk -t2 -c"${CONNECTIONS:-32}" -d"${MEASURE:-20}s" --latency "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$TMP/measure.txt" >"$TMP/wrk.txt" 2>&1 || true
threads >"$TMP/after"; pg_after="$(pg_cpu)"; wall_after="$(date +%s%N)"
profiler_stop "$APP_PID" "$OUT"
grep -E "Requests/sec|  50%|  99%|Non-2xx" "$TMP/wrk.txt"
echo "CPU by thread group in the measured window (ms):"
hz="$(getconf CLK_TCK)"
join -a2 -e0 -o 0,1.2,2.2 "$TMP/before" "$TMP/after" | awk -v hz="$hz" '{d = $3 - $2; if (d > 0) printf "  %8d  %s\n", 1000 * d / hz, $1}' | sort -rn | head -8
echo "  (PostgreSQL's processes: $(( (pg_after - pg_before) * 1000 / hz )) ms; window $(( (wall_after - wall_before) / 1000000 )) ms on $(nproc) cores)"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
# The stacks cover the measured window; the request threads' share is split by part.
python3 - "$OUT" <<'EOF'
import collections, sys
parts = [("the article's row (PublishedArticles.byId)", "PublishedArticles.byId"),
         ("related list (RelatedLists.of)", "RelatedLists.of"),
         ("related search (no list kept yet: RelatedArticles.find)", "RelatedArticles.find"),
         ("related cards (PublishedArticles.cards)", "PublishedArticles.cards"),
         ("comments", "CommentService.thread"),
         ("JSON-LD (StructuredData)", "StructuredData"),
         ("template rendering (jte)", "AbstractTemplateView.render"),
         ("other controller work", "ArticlePageController"),
         ("storing the page (PageCache.store)", "PageCache.store"),
         ("sending the page (CachedPageWriter.send)", "CachedPageWriter.send"),
         ("finding the handler", "getHandler")]
counts = collections.Counter(); total = requests = 0
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n); total += n
    if "SocketProcessor" not in stack:
        continue
    requests += n
    counts[next((name for name, marker in parts if marker in stack), "Tomcat, filters, Spring MVC")] += n
print(f"request threads: {100 * requests / max(total, 1):.1f} % of the window's samples (the rest: JIT, GC, other threads); of theirs:")
for name, n in counts.most_common():
    print(f"  {100 * n / max(requests, 1):5.1f} %  {name}")
EOF

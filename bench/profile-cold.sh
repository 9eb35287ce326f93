#!/usr/bin/env bash
# Where the cold render of any list of pages goes: Nashir on a generated archive (bench/archive.sh) with the page cache
# off, one connection rotating over the addresses in PATHS_FILE (one path per line, e.g. "/feed?v=1" … "/feed?v=200"),
# warmed, then async-profiler attached for the measured window only (as bench/profile-search.sh does), and the request
# threads' samples summed per method: the share of samples whose stack holds it (inclusive), the methods of Nashir and
# of the libraries it calls, largest first.
#
#   bash bench/profile-cold.sh DATA_DIR PATHS_FILE [JAR [PG_DATABASE]]
#   e.g. for i in $(seq 200); do echo "/sitemap-news.xml?v=$i"; done >/tmp/news.txt
#        bash bench/profile-cold.sh /tmp/gen/pg-1m /tmp/news.txt target/nashir.jar nashir_1m
#
# Environment: WARM=30 (seconds), MEASURE=20, TOP=40 (methods printed), HEAP=1g, EVENT=itimer, OUT (the collapsed
# stacks, default bench/results/profile-cold.collapsed), JAVA_ENV (more NAME=value settings for the node).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:?data dir}" && pwd)"
PATHS_FILE="$(cd "$(dirname "${2:?file of paths}")" && pwd)/$(basename "$2")"
JAR="${3:-$ROOT/target/nashir.jar}"
PGDB="${4:-}"
OUT="${OUT:-$ROOT/bench/results/profile-cold.collapsed}"
[[ -s "$PATHS_FILE" ]] || { echo "no paths in $PATHS_FILE" >&2; exit 1; }
OUT="$(realpath -m "$OUT")"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
usable_archive "$DATA" "$PGDB" || exit 1
TMP="$(mktemp -d)"
trap 'stop_node; rm -rf "$TMP"' EXIT
start_node "$JAR" "$DATA" "$PGDB" "$TMP/app.log" NASHIR_PAGE_CACHE_ENABLED=false
wrk -t1 -c1 -d"${WARM:-30}s" "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$PATHS_FILE" >/dev/null 2>&1 || true
profiler_start "$NODE_PID" "$OUT"
wrk -t1 -c1 -d"${MEASURE:-20}s" --latency "$NODE_URL" -s "$ROOT/bench/rotate.lua" -- "$PATHS_FILE" >"$TMP/wrk.txt" 2>&1 || true
profiler_stop "$NODE_PID" "$OUT"
stop_node
grep -E "Requests/sec|  50%|  99%|Non-2xx" "$TMP/wrk.txt"
[[ -s "$OUT" ]] || { echo "no stacks written to $OUT" >&2; exit 1; }
python3 - "$OUT" "${TOP:-40}" <<'EOF'
import collections, re, sys
# A frame is "package.Class.method"; the generic layers (Tomcat, Spring's dispatch, the JDK's reflection) are left
# out so that what a page does shows.
skip = re.compile(r"^(java\.|jdk\.|sun\.|org\.apache\.(catalina|coyote|tomcat)|org\.springframework\.(web\.(filter|servlet\.FrameworkServlet|servlet\.DispatcherServlet|servlet\.mvc\.method|method\.support)|security\.|aop\.|cglib\.)|jakarta\.servlet|com\.nashir\.(web\.(SecurityHeaders|PageCacheFilter|CachedPageValve|OneConnectionPerPage)|wordpress\.WpDiscoveryFilter|system\.(MalformedQueryFilter|RequestBodyLimit|InputTextBoundary)))")
inclusive = collections.Counter(); own = 0
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    if not stack.startswith("[http-nio"):
        continue
    n = int(n); own += n
    frames = {f.split("(")[0].replace("/", ".").removesuffix("_[j]").removesuffix("_[i]") for f in stack.split(";")[1:]}
    for f in frames:
        if "." in f and not skip.match(f):
            inclusive[f] += n
print(f"request threads: {own} samples; methods by the share of them whose stack holds the method:")
for f, n in inclusive.most_common(int(sys.argv[2])):
    print(f"  {100 * n / max(own, 1):5.1f} %  {f}")
EOF

#!/usr/bin/env bash
# Where a cached page's time goes: Nashir on a generated archive (bench/archive.sh), one article asked for until
# it is kept and compiled, then wrk on that one address with async-profiler loaded for the measured window
# (every thread, CPU timer), the stacks summed per part of the request. wrk shares the machine's cores, as it does
# in bench/archive-bench.sh's cached phase.
#
#   bash bench/profile-cached.sh DATA_DIR [JAR [PG_DATABASE]]
#
# Environment: WARM=30 (seconds of wrk before the window), MEASURE=20, CONNECTIONS=32, ENCODING (an
# Accept-Encoding value, e.g. br; none by default, as the cached phase), OUT (the collapsed stacks, default
# bench/results/profile-cached.collapsed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:?data dir}" && pwd)"
JAR="${2:-$ROOT/target/nashir.jar}"
PGDB="${3:-}"
OUT="${OUT:-$ROOT/bench/results/profile-cached.collapsed}"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
usable_archive "$DATA" "$PGDB" || exit 1
async_profiler_lib >/dev/null
LOG="$(mktemp)"
trap 'stop_node; rm -f "$LOG"' EXIT
start_node "$JAR" "$DATA" "$PGDB" "$LOG"
URL="$NODE_URL$(grep -m1 '^/news/' "$DATA/paths.txt")"
HDR=(); [[ -n "${ENCODING:-}" ]] && HDR=(-H "Accept-Encoding: $ENCODING")
curl -sf -o /dev/null "$URL"; curl -sf -o /dev/null "$URL" # kept from the second request
[[ "$(curl -s -o /dev/null -D - "$URL" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" {print $2}')" == hit ]] ||
  { echo "the article is not served from the page cache" >&2; exit 1; }
wrk -t2 -c"${CONNECTIONS:-32}" -d"${WARM:-30}s" "${HDR[@]}" "$URL" >/dev/null
rm -f "$OUT"; profiler_start "$NODE_PID" "$OUT"
wrk -t2 -c"${CONNECTIONS:-32}" -d"${MEASURE:-20}s" --latency "${HDR[@]}" "$URL" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
profiler_stop "$NODE_PID" "$OUT"
python3 - "$OUT" <<'PY'
import collections, sys
# Checked in this order: the first marker found in a stack names its part.
parts = [("writing to the socket", "NioSocketWrapper.doWrite"),
         ("the page's headers and body (CachedPageWriter.send)", "CachedPageWriter.send"),
         ("the cache key and lookup", "CachedPageValve.invoke"),
         ("forwarded headers (RemoteIpValve)", "RemoteIpValve.invoke"),
         ("reading and parsing the request", "Http11InputBuffer"),
         ("Tomcat's response headers (prepareResponse)", "prepareResponse"),
         ("finishing the request (recycle, endRequest)", "recycle"),
         ("the poller handing the socket over", "Poller"),
         ("other Tomcat", "org.apache")]
threads = collections.Counter(); counts = collections.Counter(); total = requests = 0
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n); total += n
    threads[stack.split(";", 1)[0].rstrip("0123456789-# ")] += n
    if "SocketProcessor" not in stack:
        continue
    requests += n
    counts[next((name for name, marker in parts if marker in stack), "the rest")] += n
print("samples by thread group:")
for name, n in threads.most_common(6):
    print(f"  {100 * n / max(total, 1):5.1f} %  {name}")
print(f"request threads: {100 * requests / max(total, 1):.1f} % of the window's samples; of theirs:")
for name, n in counts.most_common():
    print(f"  {100 * n / max(requests, 1):5.1f} %  {name}")
PY

#!/usr/bin/env bash
# Live breaking news benchmark: N concurrent Server-Sent Events connections held by one Nashir
# node, breaking items delivered to all of them.
#
#   bash bench/sse.sh [CONNECTIONS] [JAR]      defaults: 2000, target/nashir.jar
#
# Environment: ROUNDS=3 (items posted, one at a time), HEAP=512m (the server's -Xmx),
#              ALLOW_REFUSED=1 (past the node's heap-derived stream limit: 503 refusals do not fail the run),
#              PORT (the server's port; default a free one), KEEP_TMP=1 (keep the app log). Writes bench/results/sse-latest.txt.
#
# The server runs on a copy of the jar with a fresh data dir (embedded H2, demo content). The
# client (bench/SseBench.java, one NIO thread) opens the connections, then for each round posts
# an item through the API and records when each connection received it, counted from the start
# of the POST. The connections come from many loopback addresses (127.1.x.y, 50 each), so the
# per-address limit does not refuse them, and the run fails unless every one streams and receives
# every item. With all connections held it reads the server's live heap (jcmd GC.class_histogram)
# and loads the home page.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-2000}"
JAR="${2:-$ROOT/target/nashir.jar}"
ROUNDS="${ROUNDS:-3}"
HEAP="${HEAP:-512m}"

# Each side needs a descriptor per connection (and the JVM some more).
want=$((N + 1024))
hard=$(ulimit -Hn)
if [[ "$hard" != unlimited && "$hard" -lt "$want" ]]; then
  echo "ulimit -Hn is $hard; $N connections need about $want descriptors" >&2
  exit 1
fi
ulimit -n "$want" 2>/dev/null || ulimit -n "$hard"

TMP="$(mktemp -d)"
cp "$JAR" "$TMP/nashir.jar"
PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}"
TOKEN="bench-sse-$(date +%s)-$RANDOM$RANDOM"
APP=""
cleanup() {
  if [[ -n "$APP" ]] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

NASHIR_DATA_DIR="$TMP/data" SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1 NASHIR_ADMIN_TOKEN="$TOKEN" \
  java "-Xmx$HEAP" -jar "$TMP/nashir.jar" > "$TMP/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do # up to 5 minutes: a niced server on a busy machine starts slowly
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/robots.txt"; then break; fi
  kill -0 "$APP" 2>/dev/null || { cat "$TMP/app.log"; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/" # first page render, JIT a little

mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/sse-latest.txt"
{
  echo "# bench/sse.sh $(date -u +%FT%TZ): $N connections, server -Xmx$HEAP, $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "server threads before: $(grep Threads /proc/$APP/status | awk '{print $2}')"
  ALLOW_REFUSED="${ALLOW_REFUSED:-}" java "$ROOT/bench/SseBench.java" 127.0.0.1 "$PORT" "$N" "$TOKEN" "$APP" "$ROUNDS" &
  CLIENT=$!
  # Sample the server while the client holds its connections.
  sleep 1
  peak=0
  while kill -0 "$CLIENT" 2>/dev/null; do
    t=$(grep Threads /proc/$APP/status | awk '{print $2}')
    (( t > peak )) && peak=$t
    sleep 0.5
  done
  wait "$CLIENT"
  echo "server threads, most seen while connections were held: $peak"
  echo "server RSS at the end: $(grep VmRSS /proc/$APP/status | awk '{print $2/1024 " MB"}')"
} 2>&1 | tee "$OUT"

#!/usr/bin/env bash
# How long a node takes to stop on SIGTERM with live "عاجل" streams open (graceful shutdown).
#   bash bench/shutdown.sh [JAR] [STREAMS]     defaults: target/nashir.jar 5
# Starts the jar on port 19220 with a fresh H2 data directory, waits until it serves, opens the
# streams with curl, sends SIGTERM and prints the seconds until the process has exited.
set -euo pipefail
JAR=${1:-target/nashir.jar}
STREAMS=${2:-5}
PORT=${PORT:-19220}
DATA=$(mktemp -d /tmp/ops-shutdown-XXXX)
trap 'rm -rf "$DATA"' EXIT
env SERVER_PORT=$PORT NASHIR_DATA_DIR="$DATA" NASHIR_DEMO=false nice -n 19 java -Xmx256m -jar "$JAR" > "$DATA/log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.2; done
for _ in $(seq 1 "$STREAMS"); do curl -sN --max-time 120 "http://127.0.0.1:$PORT/live/breaking" > /dev/null & done
sleep 2
START=$(date +%s%3N)
kill -TERM $PID
wait $PID || true
echo "stopped $(( $(date +%s%3N) - START )) ms after SIGTERM with $STREAMS live streams open ($JAR)"

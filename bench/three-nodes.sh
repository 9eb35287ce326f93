#!/usr/bin/env bash
# Three Nashir nodes behind nginx (round robin) on one PostgreSQL database and one S3-compatible
# store (s3proxy, filesystem backend), all on loopback. An editor signs in and works across the
# nodes, readers on every node see the result, a scheduled article goes out exactly once, one node
# is killed with SIGKILL under reader load and comes back. Prints the figures and writes them to
# $OUT/results.txt. See docs/operations.md ("Three nodes, measured").
#
#   mvn -q package -DskipTests && bash bench/three-nodes.sh [JAR]
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), nginx-light, wrk, curl, jq, and the
# project's test classpath in the local Maven repository (for s3proxy). Ports 19200-19213.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-$ROOT/target/nashir.jar}
OUT=${OUT:-/tmp/ops/three}
DB=${DB:-ops_three}
LB_PORT=19200
S3_PORT=19201
NODE_PORTS=(19211 19212 19213)
TOKEN=bench-admin-token-$RANDOM$RANDOM
BUCKET=nashir-media
LOAD=${LOAD:-20s}
NICE="nice -n 19"

rm -rf "$OUT" && mkdir -p "$OUT"/{s3/$BUCKET,nginx/tmp,logs}
chmod -R 777 "$OUT/nginx"
declare -A PIDS
results() { echo "$*" | tee -a "$OUT/results.txt"; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
uri() { jq -rn --arg q "$1" '$q|@uri'; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# --- database and object store -------------------------------------------------------------
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB" >/dev/null

(cd "$ROOT" && $NICE mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null)
cat > "$OUT/s3proxy.conf" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$OUT/s3
EOF
$NICE java -Xmx256m -cp "$(cat "$OUT/cp.txt")" org.gaul.s3proxy.Main --properties "$OUT/s3proxy.conf" > "$OUT/logs/s3proxy.log" 2>&1 &
PIDS[s3]=$!

# --- nodes ---------------------------------------------------------------------------------
start_node() {
  local i=$1 port=${NODE_PORTS[$1]}
  mkdir -p "$OUT/node$i"
  env SERVER_PORT=$port NASHIR_DATA_DIR="$OUT/node$i" NASHIR_DEMO=false NASHIR_ADMIN_TOKEN=$TOKEN \
      SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
      NASHIR_MEDIA_STORE=s3 NASHIR_MEDIA_S3_ENDPOINT=http://127.0.0.1:$S3_PORT NASHIR_MEDIA_S3_BUCKET=$BUCKET \
      NASHIR_MEDIA_S3_ACCESS_KEY=bench NASHIR_MEDIA_S3_SECRET_KEY=bench-secret NASHIR_SITE_BASE_URL=http://127.0.0.1:$LB_PORT \
      $NICE java -Xmx320m -XX:+UseSerialGC -jar "$JAR" >> "$OUT/logs/node$i.log" 2>&1 &
  PIDS[node$i]=$!
}
wait_ready() { # node index, limit in seconds; prints the seconds it took
  local port=${NODE_PORTS[$1]} start; start=$(now_ms)
  for _ in $(seq 1 $(( $2 * 5 ))); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      echo "scale=1; ($(now_ms) - $start) / 1000" | bc; return 0
    fi
    sleep 0.2
  done
  fail "node $1 not ready after $2 s (see $OUT/logs/node$1.log)"
}
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/" && break; sleep 0.2; done
T0=$(now_ms)
start_node 0
wait_ready 0 400 >/dev/null            # the first node runs the migrations
start_node 1; start_node 2
wait_ready 1 400 >/dev/null; wait_ready 2 400 >/dev/null
results "three nodes ready (first start, migrations included): $(echo "scale=1; ($(now_ms) - $T0) / 1000" | bc) s"

# --- nginx ---------------------------------------------------------------------------------
sed -e "s#@OUT@#$OUT#g" -e "s#@LB_PORT@#$LB_PORT#g" -e "s#@N0@#${NODE_PORTS[0]}#" -e "s#@N1@#${NODE_PORTS[1]}#" -e "s#@N2@#${NODE_PORTS[2]}#" \
    "$ROOT/bench/three-nodes/nginx.conf" > "$OUT/nginx/nginx.conf"
/usr/sbin/nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
LB=http://127.0.0.1:$LB_PORT
api() { # method path [json] [curl options…] — through the balancer with the admin token
  local method=$1 path=$2 body=${3:-}; shift 2; [ $# -gt 0 ] && shift
  curl -sS -X "$method" "$LB$path" -H "Authorization: Bearer ${API_TOKEN:-$TOKEN}" -H 'Content-Type: application/json' ${body:+--data "$body"} "$@"
}

# --- the newsroom, across nodes ------------------------------------------------------------
SECTION=local-$RANDOM
api POST /api/v1/sections "{\"slug\":\"$SECTION\",\"name\":\"محليات\"}" >/dev/null
PASSWORD="كلمة-سر-طويلة-للمحرر-$RANDOM"
EDITOR_ID=$(api POST /api/v1/users "{\"username\":\"editor\",\"email\":\"editor@example.org\",\"displayName\":\"محررة الليل\",\"password\":\"$PASSWORD\",\"role\":\"editor\"}" | jq -r .id)
EDITOR_TOKEN=$(api POST "/api/v1/users/$EDITOR_ID/tokens" '{"name":"bench"}' | jq -r .token)

JAR_COOKIES="$OUT/cookies.txt"
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$LB$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$JAR_COOKIES" -o /dev/null "$LB/admin/login"
LOGIN=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -w '%{redirect_url}' "$LB/admin/login" \
  --data-urlencode "login=editor" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /admin/login)")
case "$LOGIN" in *error*|*login*) fail "editor login: $LOGIN";; esac
# Six newsroom pages in a row, round robin over three nodes: every one must stay signed in.
SEEN=""; SIGNED=0
for _ in 1 2 3 4 5 6; do
  read -r code node < <(curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{http_code} %header{x-upstream}\n' "$LB/admin")
  [ "$code" = 200 ] && SIGNED=$((SIGNED + 1)); SEEN="$SEEN $node"
done
results "editor session: $SIGNED/6 newsroom pages signed in, served by:$(echo "$SEEN" | tr ' ' '\n' | sort -u | tr '\n' ' ')"
[ "$SIGNED" = 6 ] || fail "session lost between nodes"

# Upload a picture through the newsroom's media desk (multipart, CSRF in the address).
java "$ROOT/bench/three-nodes/MakePhoto.java" "$OUT/photo.jpg"
T=$(csrf /admin/media)
UP=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' "$LB/admin/media?_csrf=$T" \
  -F "_csrf=$T" -F "alt=ميناء اللاذقية عند الفجر" -F "file=@$OUT/photo.jpg;type=image/jpeg")
MEDIA=$(API_TOKEN=$EDITOR_TOKEN api GET /api/v1/media | jq -c '.items[0]')
MEDIA_URL=$(echo "$MEDIA" | jq -r .url); MEDIA_PATH=${MEDIA_URL#http://127.0.0.1:$LB_PORT}
results "upload through the media desk: $UP; $(echo "$MEDIA" | jq '.sizes | length') sizes, objects in the bucket: $(find "$OUT/s3/$BUCKET" -type f | wc -l)"

# Write on one node, publish on another (the balancer picks; the upstream header says which).
WORD=ميناء$RANDOM
DRAFT=$(API_TOKEN=$EDITOR_TOKEN api POST /api/v1/articles "$(jq -nc --arg s "$SECTION" --arg w "$WORD" --arg img "$MEDIA_URL" \
  '{headline:("افتتاح رصيف جديد في " + $w), section:$s, byline:{desk:"فريق التحرير"}, status:"draft",
    body:"<p>افتتحت السلطات رصيفاً جديداً في الميناء.</p>", tags:["موانئ"], featuredImage:{url:$img, alt:"الرصيف الجديد"}}')")
ID=$(echo "$DRAFT" | jq -r .id)
PUB=$(API_TOKEN=$EDITOR_TOKEN api PATCH "/api/v1/articles/$ID" '{"status":"published"}')
URL=$(echo "$PUB" | jq -r .url); ARTICLE=${URL#http://127.0.0.1:$LB_PORT}
[ "$(echo "$PUB" | jq -r .status)" = published ] || fail "publish: $PUB"
sleep 1
for i in 0 1 2; do
  p=${NODE_PORTS[$i]}
  page=$(curl -s "http://127.0.0.1:$p$ARTICLE")
  img=$(curl -s -o /dev/null -w '%{http_code} %header{cache-control}' "http://127.0.0.1:$p$MEDIA_PATH")
  found=$(curl -s "http://127.0.0.1:$p/api/v1/search?q=$(uri "$WORD")" | jq '.items | length')
  results "node $i reader: article $(echo "$page" | grep -c "$WORD" | sed 's/^0$/MISSING/;s/^[1-9].*/shown/'), picture in page $(echo "$page" | grep -q "${MEDIA_PATH%-*}" && echo yes || echo NO), picture $img, search hits $found"
done

# The live "عاجل" strip: a stream open on each node hears an item posted through the balancer.
for i in 0 1 2; do
  curl -sN --max-time 12 "http://127.0.0.1:${NODE_PORTS[$i]}/live/breaking" > "$OUT/live$i.txt" &
done
sleep 2
BREAK="عاجل: إغلاق الميناء مؤقتاً $RANDOM"
POSTED=$(now_ms)
api POST /api/v1/breaking "$(jq -nc --arg t "$BREAK" '{text:$t}')" >/dev/null
declare -A GOT
for _ in $(seq 1 200); do
  for i in 0 1 2; do
    [ -z "${GOT[$i]:-}" ] && grep -q "${BREAK#عاجل: }" "$OUT/live$i.txt" && GOT[$i]=$(( $(now_ms) - POSTED ))
  done
  [ ${#GOT[@]} = 3 ] && break; sleep 0.05
done
for i in 0 1 2; do
  if [ -n "${GOT[$i]:-}" ]; then results "node $i live stream: breaking item received ${GOT[$i]} ms after the POST began"
  else results "node $i live stream: MISSING"; fi
done
# Pages show the strip too; a page cached before the item may be sent once more while it is re-rendered.
for i in 0 1 2; do
  shown=MISSING; start=$(now_ms)
  for _ in $(seq 1 50); do
    curl -s "http://127.0.0.1:${NODE_PORTS[$i]}$ARTICLE" | grep -q "${BREAK#عاجل: }" && { shown="shown (after $(( $(now_ms) - start )) ms of polling)"; break; }
    sleep 0.2
  done
  results "node $i page strip: $shown"
done

# A scheduled article: every node runs the scheduler; it must go out exactly once.
AT=$(date -u -d '+6 seconds' +%Y-%m-%dT%H:%M:%SZ)
SID=$(API_TOKEN=$EDITOR_TOKEN api POST /api/v1/articles "$(jq -nc --arg s "$SECTION" --arg at "$AT" \
  '{headline:"خبر مجدول للعقد الثلاث", section:$s, byline:{desk:"فريق التحرير"}, status:"published", publishedAt:$at,
    body:"<p>نص الخبر المجدول.</p>"}')" | jq -r .id)
for _ in $(seq 1 100); do [ "$(api GET "/api/v1/articles/$SID" | jq -r .status)" = published ] && break; sleep 0.3; done
sleep 3
ONCE=$(api GET "/api/v1/audit?perPage=100" | jq --arg t "article $SID" '[.items[] | select(.action=="article.published" and .target==$t)] | length')
results "scheduled article $SID: status $(api GET "/api/v1/articles/$SID" | jq -r .status), publications in the audit log: $ONCE"

# --- SIGKILL one node under reader load ----------------------------------------------------
: > "$OUT/nginx/access.log"
$NICE wrk -t2 -c16 -d"$LOAD" --latency "$LB$ARTICLE" > "$OUT/wrk.txt" 2>&1 &
WRK=$!
sleep 5
kill -9 "${PIDS[node1]}"; KILLED=$(now_ms)
results "node 1 killed with SIGKILL 5 s into a $LOAD reader load (wrk -t2 -c16, article page)"
# While it is down: a new article, and a settings change.
WORD2=رصيف$RANDOM
BODY2=$(jq -nc --arg s "$SECTION" --arg w "$WORD2" \
  '{headline:("خبر أثناء غياب عقدة " + $w), section:$s, byline:{desk:"فريق التحرير"}, status:"published", body:"<p>نص.</p>"}')
# nginx never retries a write (it may have reached the node): like an editor, send it again on a 502.
write() { # method path json expected-status
  local code attempt
  for attempt in 1 2 3; do
    code=$(API_TOKEN=${API_TOKEN:-$EDITOR_TOKEN} api "$1" "$2" "$3" -o /dev/null -w '%{http_code}' 2>/dev/null || true)
    [ "$code" = "$4" ] && return 0
    results "newsroom $1 $2 while node 1 is down: $code on attempt $attempt, sent again"
  done
}
write POST /api/v1/articles "$BODY2" 201
NAME="ناشر الساحل $RANDOM"
API_TOKEN=$TOKEN write PATCH /api/v1/settings "$(jq -nc --arg n "$NAME" '{name:$n}')" 200
wait $WRK || true
REQS=$(awk '/requests in/ {print $1}' "$OUT/wrk.txt")
results "wrk: $REQS requests, $(grep -E 'Requests/sec' "$OUT/wrk.txt" | awk '{print $2}') req/s, p99 $(awk '/ 99%/ {print $2}' "$OUT/wrk.txt"), $(grep -E 'Non-2xx|Socket errors' "$OUT/wrk.txt" | tr '\n' ' ' | sed 's/  */ /g')"
results "statuses seen by readers, GET (nginx): $(awk '$2 == "GET" {print $1}' "$OUT/nginx/access.log" | sort | uniq -c | tr '\n' ' ' | sed 's/  */ /g')"
results "statuses of the newsroom's writes meanwhile (nginx): $(awk '$2 != "GET" {print $2, $1}' "$OUT/nginx/access.log" | sort | uniq -c | tr '\n' ' ' | sed 's/  */ /g')"
results "requests retried on another node after the kill (upstream list with a failed node): $(grep -c ', ' "$OUT/nginx/access.log" || true)"

# --- the node comes back -------------------------------------------------------------------
start_node 1
results "node 1 restarted: ready after $(wait_ready 1 400) s"
sleep 1
P=${NODE_PORTS[1]}
results "node 1 after restart: article $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$P$ARTICLE"), search for the article published while it was down: $(curl -s "http://127.0.0.1:$P/api/v1/search?q=$(uri "$WORD2")" | jq '.items | length') hit(s), new site name on its home page: $(curl -s "http://127.0.0.1:$P/" | grep -q "$NAME" && echo yes || echo NO)"
results "all done in $(echo "scale=0; ($(now_ms) - $T0) / 1000" | bc) s; raw output in $OUT"

#!/usr/bin/env bash
# Archive-scale benchmark: Nashir serving a generated archive (bench/archive.sh), side by side with
# nginx serving the very same bytes in the same run.
#
#   bash bench/archive-bench.sh DATA_DIR [PG_DATABASE]
#
# Phases (each a wrk run; PHASES="static cached cached-br tail cold" by default):
#   static  nginx serving one saved article page at every article address (the baseline);
#   cached  one article from Nashir's page cache, and nginx serving the same bytes at that address;
#   cached-br  the same with Accept-Encoding: br, as browsers ask (nginx: Nashir's brotli bytes);
#   tail    every article address in rotation (shuffled), so most requests miss the page cache;
#   cold    one connection rotating over distinct pages of each page type with the page cache off
#           (a second Nashir start with NASHIR_PAGE_CACHE_ENABLED=false): render time per page type.
# Environment: DURATION=20s, COLD_DURATION=10s, COLD_WARM=30s (each cold type's warm-up: after 5 s the JIT was still compiling a search's pass, 10.8–17.3 ms p50 against 6.9–7.5 warmed 30 s, same jar, alternating, 2026-12-06), TAIL_WARM=compiled (the tail's warm-up on other addresses until the JIT's compilers are nearly idle: bench/node.sh warm_until_compiled, at most WARM_MAX=600 s; or a time such as 120s), CONNECTIONS=32, THREADS=2, HEAP=1g, JAR (default
# target/nashir.jar), WAIT_QUIET=<s> (wait for an idle machine), JAVA_OPTS, KEEP_TMP=1,
# COLD_TYPES (default: every type). Writes bench/results/archive-<name>.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/node.sh
source "$ROOT/bench/node.sh"
DATA="$(cd "${1:?data dir}" && pwd)"
PGDB="${2:-}"
JAR="${JAR:-$ROOT/target/nashir.jar}"
DURATION="${DURATION:-20s}"
COLD_DURATION="${COLD_DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-1g}"
PHASES="${PHASES:-static cached cached-br tail cold}"
NAME="$(basename "$DATA")${PGDB:+-pg}"
log() { echo "== $*" >&2; }
die() { echo "archive-bench: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk missing: apt-get install -y wrk nginx-light"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"; [[ -x "$NGINX" ]] || die "nginx missing"

# Another Nashir with the embedded database open would serve this one's statements over TCP (H2's
# AUTO_SERVER), and every figure would measure that instead.
[[ -n "$PGDB" || ! -e "$DATA/db/nashir.lock.db" ]] || die "$DATA/db is open in another process (nashir.lock.db): stop it first"
TMP="$(mktemp -d /tmp/nashir-archive-bench.XXXXXX)"
APP_PID=""; NGINX_PID=""
cleanup() {
  # Each step may fail (a process already gone, Nashir's exit status after SIGTERM) without stopping
  # the rest: under set -e a failing last command would end this function and leave nginx running.
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ -n "$NGINX_PID" ]]; then kill "$NGINX_PID" 2>/dev/null || true; fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
busy_pct() {
  local a b
  a="$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"; sleep "$1"
  b="$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN{split(a,x," "); split(b,y," "); d=y[2]-x[2]; printf "%.0f", (d > 0 ? 100*(y[1]-x[1])/d : 0)}'
}
waited=0
while :; do
  busy="$(busy_pct 2)"; ((busy <= 10)) && break
  if ((waited >= ${WAIT_QUIET:-0})); then log "WARNING: machine ${busy}% busy before the benchmark"; break; fi
  sleep 8; waited=$((waited + 10))
done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

cp "$JAR" "$TMP/app.jar"
PORT="$(free_port)"; APP="http://127.0.0.1:$PORT"
start_app() { # extra env assignments...
  local env=(NASHIR_DATA_DIR="$DATA" NASHIR_DEMO=false SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1 "$@")
  [[ -n "$PGDB" ]] && env+=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}")
  # shellcheck disable=SC2086
  env "${env[@]}" java "-Xmx$HEAP" ${JAVA_OPTS:-} -jar "$TMP/app.jar" >>"$TMP/app.log" 2>&1 &
  APP_PID=$!
  local t0=$SECONDS
  until curl -sf -o /dev/null "$APP/robots.txt"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$TMP/app.log"; die "Nashir exited"; }
    ((SECONDS - t0 < 300)) || die "Nashir did not start in 300 s"
    sleep 0.5
  done
  log "Nashir up on $APP in $((SECONDS - t0)) s (pid $APP_PID)"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

start_app
# Every public address: the generator's list (archive.sh writes DATA_DIR/paths.txt), else the sitemaps.
curl -sf "$APP/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g' >"$TMP/sitemaps.txt"
if [[ -s "$DATA/paths.txt" ]]; then
  cp "$DATA/paths.txt" "$TMP/all.txt"
else
  : >"$TMP/all.txt"
  while read -r sm; do curl -sf "$sm" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^https\?://[^/]*||' >>"$TMP/all.txt"; done <"$TMP/sitemaps.txt"
fi
grep '^/news/' "$TMP/all.txt" | shuf --random-source=<(yes) >"$TMP/articles.txt"
ARTICLES="$(wc -l <"$TMP/articles.txt")"
((ARTICLES > 0)) || die "no articles in the sitemaps"
log "$ARTICLES article addresses"
ONE="$(head -1 "$TMP/articles.txt")"
curl -sf "$APP$ONE" -o "$TMP/article.html"
curl -sf -H 'Accept-Encoding: gzip' "$APP$ONE" -o "$TMP/article.html.gz" || true
# What a browser gets (brotli), for the cached-br phase: nginx serves these same bytes to the same request.
curl -sf -H 'Accept-Encoding: br' "$APP$ONE" -o "$TMP/article.html.br" || true

mkdir -p "$TMP/www" "$TMP/nginx"
cp "$TMP/article.html" "$TMP/www/article.html"
cp "$TMP/article.html.br" "$TMP/www/article.html.br" 2>/dev/null || : >"$TMP/www/article.html.br"
# nginx started as root serves as "nobody": the private temp folder must be readable to it.
chmod 755 "$TMP" "$TMP/www"; chmod 644 "$TMP/www/article.html" "$TMP/www/article.html.br"
NGINX_PORT="$(free_port)"
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 1; pid $TMP/nginx/nginx.pid; error_log $TMP/nginx/error.log; daemon off;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000;
  map \$http_accept_encoding \$page { ~br /article.html.br; default /article.html; }
  map \$http_accept_encoding \$encoding { ~br br; default ""; }
  server { listen 127.0.0.1:$NGINX_PORT; root $TMP/www; default_type text/html;
    location / { add_header Content-Encoding \$encoding; try_files \$page =404; } } }
CONF
"$NGINX" -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" >/dev/null 2>&1 &
NGINX_PID=$!
sleep 0.5
NGX="http://127.0.0.1:$NGINX_PORT"

RESULTS="$TMP/results.txt"; : >"$RESULTS"
# wrk_run LABEL CONNECTIONS THREADS DURATION URL [args]: a row "label rps p50 p99 errors".
wrk_run() {
  local label="$1" c="$2" t="$3" d="$4" url="$5"; shift 5
  local out="$TMP/wrk-$(echo "$label" | tr -c 'a-zA-Z0-9' _).txt"
  wrk -t"$t" -c"$c" -d"$d" --latency "$url" "$@" >"$out" 2>&1 || true
  local rps p50 p99 non2xx sockerr
  rps="$(awk '/Requests\/sec/{print $2}' "$out")"
  p50="$(awk '$1=="50%"{print $2}' "$out")"; p99="$(awk '$1=="99%"{print $2}' "$out")"
  non2xx="$(awk '/Non-2xx/{print $NF}' "$out")"; sockerr="$(grep -o 'Socket errors.*' "$out" || true)"
  [[ -z "$non2xx" ]] || log "WARNING: $label answered $non2xx non-2xx responses: not a valid measurement"
  printf '%-44s %10s %10s %10s  %s %s\n' "$label" "${rps:-?}" "${p50:-?}" "${p99:-?}" "${non2xx:+non2xx=$non2xx}" "$sockerr" | tee -a "$RESULTS" >&2
}
heap() { jcmd "$APP_PID" GC.run >/dev/null 2>&1; jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/used/{for(i=1;i<=NF;i++) if($i=="used") {print $(i+1); exit}}'; }
rss() { awk '/VmRSS/{printf "%d MB", $2/1024}' "/proc/$APP_PID/status"; }

printf '%-44s %10s %10s %10s\n' "run" "req/s" "p50" "p99" | tee -a "$RESULTS" >&2
for phase in $PHASES; do
  case "$phase" in
    static)
      wrk_run "nginx static, one file at every article URL" "$CONNECTIONS" "$THREADS" "$DURATION" "$NGX" -s "$ROOT/bench/rotate.lua" -- "$TMP/articles.txt"
      ;;
    cached)
      wrk -t2 -c8 -d5s "$APP$ONE" >/dev/null 2>&1 || true
      wrk_run "nginx, the same bytes at the same URL" "$CONNECTIONS" "$THREADS" "$DURATION" "$NGX$ONE"
      wrk_run "Nashir, one article from the page cache" "$CONNECTIONS" "$THREADS" "$DURATION" "$APP$ONE"
      ;;
    cached-br)
      # As browsers ask (Accept-Encoding: br): Nashir sends its stored brotli copy; nginx the same bytes.
      wrk -t2 -c8 -d5s -H 'Accept-Encoding: br' "$APP$ONE" >/dev/null 2>&1 || true
      wrk_run "nginx, the same brotli bytes at the same URL" "$CONNECTIONS" "$THREADS" "$DURATION" "$NGX$ONE" -H 'Accept-Encoding: br'
      wrk_run "Nashir, the same article cached, brotli" "$CONNECTIONS" "$THREADS" "$DURATION" "$APP$ONE" -H 'Accept-Encoding: br'
      ;;
    tail)
      # A node that has served for a while: its render path compiled (C2) on other addresses of the
      # archive (the last 40%), then measured on the rest, none of which is in the page cache yet.
      # Until the compilers are nearly idle (bench/node.sh warm_until_compiled: every round a page the
      # cache has not seen): after 90 s of plain warm-up they still used 6 s of CPU in a 20 s window on a
      # slow host, a one-time cost a serving node pays once, not per page.
      n="$(wc -l <"$TMP/articles.txt")"
      tail -n $((n * 2 / 5)) "$TMP/articles.txt" >"$TMP/tail-warm.txt"; head -n $((n * 3 / 5)) "$TMP/articles.txt" >"$TMP/tail-measure.txt"
      if [[ "${TAIL_WARM:-compiled}" == compiled ]]; then
        echo "long tail warmed until compiled: $(warm_until_compiled "$APP_PID" "$APP" "$TMP/tail-warm.txt")" | tee -a "$RESULTS" >&2
      else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$TAIL_WARM" "$APP" -s "$ROOT/bench/rotate.lua" -- "$TMP/tail-warm.txt" >/dev/null 2>&1 || true
      fi
      wrk_run "Nashir, long tail (every article rotating)" "$CONNECTIONS" "$THREADS" "$DURATION" "$APP" -s "$ROOT/bench/rotate.lua" -- "$TMP/tail-measure.txt"
      echo "heap after the long tail (after full GC): $(heap); RSS $(rss)" | tee -a "$RESULTS" >&2
      ;;
    cold)
      stop_app
      start_app NASHIR_PAGE_CACHE_ENABLED=false
      # Lists of distinct pages per type (the page cache is off: every request renders).
      grep '^/section/' "$TMP/all.txt" >"$TMP/sections.txt" || true
      grep '^/tag/' "$TMP/all.txt" | shuf --random-source=<(yes) | head -5000 >"$TMP/tags.txt" || true
      grep '^/author/' "$TMP/all.txt" >"$TMP/authors.txt" || true
      grep '^/desk/' "$TMP/all.txt" >"$TMP/desks.txt" || true
      # Page 500 of the sections that have one (a smaller section answers 404 there, as it should).
      while read -r s; do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$APP$s?page=500")" == 200 ]] && echo "$s?page=500"
      done <"$TMP/sections.txt" >"$TMP/sections-500.txt" || true
      sed 's|$|/feed|' "$TMP/sections.txt" >"$TMP/section-feeds.txt"
      grep -o 'sitemap-articles-[0-9][0-9-]*\.xml' "$TMP/sitemaps.txt" | sed 's|^|/|' >"$TMP/monthly.txt" || true
      # Articles measured and articles warmed on, apart: a measured page (its rows, its search's facet counts, kept
      # 10 s) has not been asked for before, and 20,000 are more than a 10 s run reaches, so none is asked twice.
      shuf -n 24000 --random-source=<(yes) "$TMP/articles.txt" >"$TMP/sample.txt"
      head -4000 "$TMP/sample.txt" >"$TMP/articles-cold-warm.txt"
      tail -n +4001 "$TMP/sample.txt" >"$TMP/articles-cold.txt"
      # Search: words of headlines (the article slugs are the headline's words).
      head -2000 "$TMP/articles-cold.txt" | python3 "$ROOT/bench/headline-searches.py" --url >"$TMP/searches.txt"
      head -2000 "$TMP/articles-cold-warm.txt" | python3 "$ROOT/bench/headline-searches.py" --url >"$TMP/searches-warm.txt"
      # One address per type: 200 variants with a query parameter the page ignores, so that an old
      # build without NASHIR_PAGE_CACHE_ENABLED still renders each request (its cache keys on the query).
      bust() { local f="$1"; shift; for u in "$@"; do for i in $(seq 1 200); do
        if [[ "$u" == *\?* ]]; then echo "$u&v=$i"; else echo "$u?v=$i"; fi; done; done >"$TMP/$f.txt"; }
      bust home /
      bust latest /latest
      bust feeds /feed /feed/atom /feed.json
      bust sitemap-index /sitemap.xml
      bust sitemap-news /sitemap-news.xml
      bust wp-posts /wp-json/wp/v2/posts
      bust wp-posts-deep "/wp-json/wp/v2/posts?offset=9000"
      for list in articles-cold articles-cold-warm; do
        sed 's|^/news/\([0-9]*\)/.*|/api/v1/articles/\1/comments|' "$TMP/$list.txt" >"$TMP/${list/articles-cold/comments-api}.txt"
      done
      for type in ${COLD_TYPES:-articles-cold home latest sections sections-500 tags authors desks searches feeds section-feeds sitemap-index monthly sitemap-news wp-posts wp-posts-deep comments-api}; do
        [[ -s "$TMP/$type.txt" ]] || { log "no pages for $type"; continue; }
        # Warmed on the same type first: with 2 s, and for search with 5 s, the JIT was still compiling the type's
        # code in the measured run; a node that serves a site has compiled it long before. Articles, their comments
        # and searches are warmed on other pages than those measured (TYPE-warm.txt): warmed on the same 2,000
        # searches, the measured run began where the warm-up had passed seconds before, and a part of its searches
        # found their counts cached (until 2026-12-07).
        warm="$TMP/$type-warm.txt"
        [[ -s "$warm" ]] || warm="$TMP/$type.txt"
        wrk -t1 -c1 -d"${COLD_WARM:-30s}" "$APP" -s "$ROOT/bench/rotate.lua" -- "$warm" >/dev/null 2>&1 || true
        wrk_run "cold: $type ($(wc -l <"$TMP/$type.txt") pages), 1 connection" 1 1 "$COLD_DURATION" "$APP" -s "$ROOT/bench/rotate.lua" -- "$TMP/$type.txt"
      done
      echo "heap after the cold renders (after full GC): $(heap); RSS $(rss)" | tee -a "$RESULTS" >&2
      ;;
  esac
done
mkdir -p "$ROOT/bench/results"
{
  echo "# bench/archive-bench.sh $(date -u +%FT%TZ) $DATA ${PGDB:+(PostgreSQL $PGDB)} — $ARTICLES public articles"
  echo "# load before: $LOAD_BEFORE; $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; -Xmx$HEAP; $(java -version 2>&1 | head -1)"
  cat "$RESULTS"
} >"$ROOT/bench/results/archive-$NAME.txt"
cat "$ROOT/bench/results/archive-$NAME.txt"

#!/usr/bin/env bash
# Nashir page-serving benchmark: Nashir (page cache hits) against nginx serving the very same bytes.
#
#   bash bench/run.sh [JAR] [DURATION]
#
#   JAR       default: target/nashir.jar (relative to the repository root)
#   DURATION  per measured run, wrk syntax (20s, 1m) or plain seconds; default 20s
#
# Environment knobs (all optional):
#   WARMUP=10s        wrk warm-up per Nashir URL (results discarded)
#   CONNECTIONS=32    wrk -c;   THREADS=2  wrk -t
#   NASHIR_DEMO=true  passed to the app (the benchmark needs the demo content)
#   JAVA_OPTS=        extra JVM options, e.g. "-Xmx512m"
#   KEEP_TMP=1        keep the temp dir (app log, nginx config, raw wrk output) for inspection
#   WAIT_QUIET=0      seconds to wait for an idle machine before starting
#   NOISE_LIMIT=15 NOISY_RETRIES=2
#                     a run during which other processes used more than NOISE_LIMIT % CPU is
#                     repeated up to NOISY_RETRIES times (the least disturbed one is reported)
#
# Writes the table to bench/results/latest.txt and raw wrk output to bench/results/latest-raw.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${1:-$ROOT/target/nashir.jar}"
DURATION="${2:-20s}"
[[ "$DURATION" =~ ^[0-9]+$ ]] && DURATION="${DURATION}s"
WARMUP="${WARMUP:-10s}"
[[ "$WARMUP" =~ ^[0-9]+$ ]] && WARMUP="${WARMUP}s"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
export NASHIR_DEMO="${NASHIR_DEMO:-true}"

# Targets for the article page (cache hit, 32 connections).
TARGET_RPS=8000
TARGET_P99_MS=30
TARGET_RATIO=0.5

die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

# --- 1. prerequisites ------------------------------------------------------------------------
WRK="$(command -v wrk || true)"
NGINX="$(command -v nginx || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true)"
[[ -n "$WRK" ]] || die "wrk not found. Install: apt-get install -y wrk nginx-light"
[[ -n "$NGINX" ]] || die "nginx not found. Install: apt-get install -y wrk nginx-light"
command -v curl >/dev/null || die "curl not found. Install: apt-get install -y curl"
command -v java >/dev/null || die "java not found (Java 17+ needed)"
[[ -f "$JAR" ]] || die "jar not found: $JAR (build it with: mvn -q package -DskipTests)"
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

# --- cleanup ---------------------------------------------------------------------------------
TMP="$(mktemp -d /tmp/nashir-bench.XXXXXX)"
APP_PID=""
NGINX_PID=""
WRK_PID=""
stop_pid() { # pid, seconds to wait before SIGKILL
    local pid="$1" wait_s="$2" i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < wait_s * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -z "$WRK_PID" ]] || kill -TERM "$WRK_PID" 2>/dev/null || true
    stop_pid "$APP_PID" 15
    stop_pid "$NGINX_PID" 5
    wait 2>/dev/null || true
    if [[ "${KEEP_TMP:-}" == 1 ]]; then
        echo "temp dir kept: $TMP" >&2
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted (SIGINT)"; exit 130' INT
trap 'log "terminated (SIGTERM)"; exit 143' TERM

free_port() {
    local p
    if command -v python3 >/dev/null && p="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null)"; then
        echo "$p"; return
    fi
    for _ in $(seq 200); do
        p=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    die "no free port found"
}

# A benchmark on a busy machine measures the other load: look before starting.
busy_pct() { # machine-wide busy % (of all cores) over $1 seconds
    local a b
    a="$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"; sleep "$1"
    b="$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"
    awk -v a="$a" -v b="$b" 'BEGIN{split(a,x," "); split(b,y," "); d=y[2]-x[2]; printf "%.0f", (d > 0 ? 100*(y[1]-x[1])/d : 0)}'
}
waited=0
while :; do
    busy="$(busy_pct 2)"
    ((busy <= 10)) && break
    if ((waited >= ${WAIT_QUIET:-0})); then
        log "WARNING: machine already ${busy}% busy before the benchmark (set WAIT_QUIET=<seconds> to wait for quiet)"
        break
    fi
    log "machine ${busy}% busy, waiting for quiet (${waited}/${WAIT_QUIET}s)"
    sleep 8; waited=$((waited + 10))
done

# --- 2. start Nashir -------------------------------------------------------------------------
APP_PORT="$(free_port)"
mkdir -p "$TMP/data"
# Run a private copy: a rebuild of target/ during the benchmark must not pull the jar from under the JVM.
cp "$JAR" "$TMP/app.jar"
log "starting Nashir ($JAR) on 127.0.0.1:$APP_PORT, data dir $TMP/data"
# shellcheck disable=SC2086
SERVER_PORT="$APP_PORT" SERVER_ADDRESS=127.0.0.1 NASHIR_DATA_DIR="$TMP/data" \
    java ${JAVA_OPTS:-} -jar "$TMP/app.jar" >"$TMP/nashir.log" 2>&1 &
APP_PID=$!
APP="http://127.0.0.1:$APP_PORT"

for ((i = 0; i < 240; i++)); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$TMP/nashir.log" >&2; die "Nashir exited during startup"; }
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP/" || true)"
    [[ "$code" == 200 ]] && break
    sleep 0.5
done
[[ "$code" == 200 ]] || { tail -n 40 "$TMP/nashir.log" >&2; die "Nashir did not answer 200 on / within 120 s (last: $code)"; }
# Tomcat answers before the demo content is loaded (an ApplicationRunner): wait for /a/1 too.
for ((; i < 240; i++)); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP/a/1" || true)"
    [[ "$code" == 301 ]] && break
    sleep 0.5
done
[[ "$code" == 301 ]] || die "/a/1 answered $code, not 301 (is NASHIR_DEMO=true and the data dir empty?)"
log "Nashir up with demo content after ~$((i / 2)) s"

ARTICLE_URL="$(curl -s -o /dev/null -L --max-redirs 3 -w '%{url_effective}' "$APP/a/1")"
[[ "$ARTICLE_URL" == "$APP/news/1/"* ]] || die "/a/1 did not lead to /news/1/...: $ARTICLE_URL"
code="$(curl -s -o /dev/null -w '%{http_code}' "$ARTICLE_URL")"
[[ "$code" == 200 ]] || die "canonical article $ARTICLE_URL answered $code"
HOME_URL="$APP/"
log "article: $ARTICLE_URL"

# --- helpers: CPU accounting and wrk -----------------------------------------------------------
TICKS="$(getconf CLK_TCK)"
NCPU="$(getconf _NPROCESSORS_ONLN)"
proc_ticks() { # sum utime+stime (incl. all threads) of the given pids
    local t=0 p f
    local -a a
    for p in "$@"; do
        f="$(cat "/proc/$p/stat" 2>/dev/null)" || continue
        read -r -a a <<<"${f##*) }"   # fields after "pid (comm) ": a[0] = state (field 3)
        t=$((t + a[11] + a[12]))       # utime = field 14, stime = field 15
    done
    echo "$t"
}
nginx_pids() { echo "$NGINX_PID"; for p in /proc/[0-9]*; do
    [[ "$(awk '{print $4}' "$p/stat" 2>/dev/null)" == "$NGINX_PID" ]] && echo "${p#/proc/}"; done; true; }
# CPU ticks used by this shell's reaped children (wrk is the only child that ends during a run),
# from `times` saved in a file. `times` must run in this shell, not in a $(...) subshell.
times_ticks() {
    awk -v t="$TICKS" 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.0f", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * t }' "$1"
}
# run_wrk OUTFILE [wrk args...]: wrk in the background + wait, so INT/TERM interrupt it at once.
run_wrk() {
    local out="$1"; shift
    "$WRK" -t"$THREADS" -c"$CONNECTIONS" "$@" >"$out" 2>&1 &
    WRK_PID=$!
    local rc=0
    wait "$WRK_PID" || rc=$?
    WRK_PID=""
    return "$rc"
}
total_busy_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }

RAW="$TMP/raw.txt"
: >"$RAW"
declare -a ROWS=() NOISY=()
declare -A RPS P99

to_ms() { # "12.34ms" / "850.00us" / "1.02s" / "1.5m" -> ms
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; else if (u == "h") n *= 3600000
        printf "%.2f", n }'
}

# measure NAME PIDS URL [extra wrk args...]: one wrk run; sets M_* globals.
measure() {
    local name="$1" pids="$2" url="$3"; shift 3
    local out p99raw b0 b1 s0 s1 w0 w1 secs wrk_ticks
    # shellcheck disable=SC2086
    s0="$(proc_ticks $pids)"; b0="$(total_busy_ticks)"; w0="$(date +%s.%N)"
    times >"$TMP/times0"
    run_wrk "$TMP/wrk.out" -d"$DURATION" --latency "$@" "$url" || die "wrk failed for $name"
    times >"$TMP/times1"
    # shellcheck disable=SC2086
    s1="$(proc_ticks $pids)"; b1="$(total_busy_ticks)"; w1="$(date +%s.%N)"
    out="$(cat "$TMP/wrk.out")"
    M_OUT="$out"
    M_RPS="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
    p99raw="$(awk '$1=="99%"{print $2}' <<<"$out")"
    [[ -n "$M_RPS" && -n "$p99raw" ]] || { echo "$out" >&2; die "could not parse wrk output for $name"; }
    M_P99="$(to_ms "$p99raw")"
    M_NON2XX="$(awk '/Non-2xx or 3xx responses:/{print $NF}' <<<"$out")"
    M_ERRS="$(awk '/Socket errors:/{s=0; for(i=3;i<=NF;i++) s+=$i; print s}' <<<"$out")"
    M_BYTES="$(awk '/requests in/{print $1, $5}' <<<"$out")"  # requests, bytes read
    secs="$(awk -v a="$w0" -v b="$w1" 'BEGIN{print b-a}')"
    wrk_ticks=$(( $(times_ticks "$TMP/times1") - $(times_ticks "$TMP/times0") ))
    M_SRV="$(awk -v d="$((s1 - s0))" -v t="$TICKS" -v s="$secs" 'BEGIN{printf "%.0f", 100*d/t/s}')"
    M_WRK="$(awk -v d="$wrk_ticks" -v t="$TICKS" -v s="$secs" 'BEGIN{printf "%.0f", 100*d/t/s}')"
    M_BG="$(awk -v d="$(( (b1 - b0) - (s1 - s0) - wrk_ticks ))" -v t="$TICKS" -v s="$secs" 'BEGIN{v=100*d/t/s; if (v < 0) v = 0; printf "%.0f", v}')"
}

# run NAME SERVER(app|nginx) URL [extra wrk args...]
# A run disturbed by other processes (bg CPU > NOISE_LIMIT %) is repeated up to NOISY_RETRIES
# times; the least disturbed attempt is kept.
run() {
    local name="$1" server="$2" url="$3"; shift 3
    local pids attempt best_bg=100000 best=""
    if [[ "$server" == app ]]; then pids="$APP_PID"; else pids="$(nginx_pids | tr '\n' ' ')"; fi
    for ((attempt = 0; attempt <= ${NOISY_RETRIES:-2}; attempt++)); do
        if ((attempt)); then log "measuring $name again (retry $attempt)"; else log "measuring $name ($DURATION, -t$THREADS -c$CONNECTIONS)"; fi
        measure "$name" "$pids" "$url" "$@"
        printf '### %s  %s  (attempt %d, bg CPU %s%%)\n%s\n\n' "$name" "$url" "$attempt" "$M_BG" "$M_OUT" >>"$RAW"
        if ((M_BG < best_bg)); then
            best_bg="$M_BG"
            best="$name|$M_RPS|$M_P99|${M_NON2XX:-0}|${M_ERRS:-0}|$M_SRV|$M_WRK|$M_BG|$M_BYTES"
            RPS[$name]="$M_RPS"; P99[$name]="$M_P99"
        fi
        ((M_BG > ${NOISE_LIMIT:-15})) || break
        log "  other processes used ${M_BG}% CPU during the run"
        sleep 5
    done
    ROWS+=("$best")
    if ((best_bg > ${NOISE_LIMIT:-15})); then NOISY+=("$name: ${best_bg}%"); fi
}

warm() {
    log "warm-up $1 ($WARMUP, discarded)"
    shift
    run_wrk "$TMP/warm.out" -d"$WARMUP" "$@" || { cat "$TMP/warm.out" >&2; die "wrk warm-up failed"; }
}

# --- warm-up (JIT) ---------------------------------------------------------------------------
# Before the snapshot for nginx: the warm-up outlasts the page cache's 10 s lifetime, so no page
# rendered during start-up (e.g. a home page rendered before the demo commit) is still served.
warm "nashir article" "$ARTICLE_URL"
warm "nashir home" "$HOME_URL"
warm "nashir article gzip" -H 'Accept-Encoding: gzip' "$ARTICLE_URL"

# --- 3. same bytes behind nginx --------------------------------------------------------------
WWW="$TMP/www"
mkdir -p "$WWW" "$TMP/nginx"
curl -s -o "$WWW/article.html" "$ARTICLE_URL"          # curl sends no Accept-Encoding: identity bytes
curl -s -o "$WWW/index.html" "$HOME_URL"
grep -q '/news/' "$WWW/index.html" || die "the home page lists no articles (demo content missing?)"
curl -s -H 'Accept-Encoding: gzip' -o "$WWW/article.html.gz" "$ARTICLE_URL"  # Nashir's own gzip bytes
gzip -t "$WWW/article.html.gz" 2>/dev/null || die "Nashir did not return gzip for Accept-Encoding: gzip"
# nginx workers may run as another user: make the served tree readable.
chmod 755 "$TMP" "$WWW"
chmod 644 "$WWW"/*
touch -r "$WWW/article.html" "$WWW/article.html.gz"

NGINX_PORT="$(free_port)"
while [[ "$NGINX_PORT" == "$APP_PORT" ]]; do NGINX_PORT="$(free_port)"; done
cat >"$TMP/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    types { text/html html; }
    default_type text/html;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WWW;
        gzip_static on;
        location = / { try_files /index.html =404; }
        location / { }
    }
}
EOF
"$NGINX" -t -q -p "$TMP/nginx" -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" \
    || { cat "$TMP/nginx/error.log" >&2; die "nginx config test failed"; }
"$NGINX" -p "$TMP/nginx" -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" &
NGINX_PID=$!
NG="http://127.0.0.1:$NGINX_PORT"
for ((i = 0; i < 50; i++)); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$NG/article.html" || true)"
    [[ "$code" == 200 ]] && break
    sleep 0.1
done
[[ "$code" == 200 ]] || { cat "$TMP/nginx/error.log" >&2; die "nginx did not come up"; }
cmp -s <(curl -s "$NG/article.html") "$WWW/article.html" || die "nginx serves different article bytes"
cmp -s <(curl -s "$NG/") "$WWW/index.html" || die "nginx serves different home bytes"
log "nginx on $NG (article $(stat -c %s "$WWW/article.html") B, gzip $(stat -c %s "$WWW/article.html.gz") B, home $(stat -c %s "$WWW/index.html") B)"

warm "nginx" "$NG/article.html"

# --- 4. measured runs (baseline and app alternate) -------------------------------------------
run "nginx article"       nginx "$NG/article.html"
run "nashir article"      app   "$ARTICLE_URL"
run "nashir home"         app   "$HOME_URL"
run "nginx home"          nginx "$NG/"
run "nashir article gzip" app   "$ARTICLE_URL" -H 'Accept-Encoding: gzip'
run "nginx article gzip"  nginx "$NG/article.html" -H 'Accept-Encoding: gzip'

# Sanity: the app must still be ours and answer, and the page must still be a 200.
kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$TMP/nashir.log" >&2; die "Nashir died during the benchmark"; }
code="$(curl -s -o /dev/null -w '%{http_code}' "$ARTICLE_URL")"
[[ "$code" == 200 ]] || die "article answered $code after the runs"
BYTES_NOTE=""
cmp -s <(curl -s "$ARTICLE_URL") "$WWW/article.html" || BYTES_NOTE+=" article bytes changed during the run;"
cmp -s <(curl -s "$HOME_URL") "$WWW/index.html" || BYTES_NOTE+=" home bytes changed during the run;"

# --- 5. report -------------------------------------------------------------------------------
baseline_of() {
    case "$1" in
        "nashir article") echo "nginx article" ;;
        "nashir home") echo "nginx home" ;;
        "nashir article gzip") echo "nginx article gzip" ;;
        *) echo "" ;;
    esac
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2fx", a/b; else print "-" }'; }

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/latest.txt"
{
    echo "Nashir page benchmark  $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "jar: $JAR ($(stat -c %s "$JAR") B, $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ))"
    echo "java: $(java -version 2>&1 | head -n1)   nginx: $("$NGINX" -v 2>&1 | sed 's/.*\///')   cpus: $NCPU"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up $WARMUP per Nashir URL)"
    echo "article: ${ARTICLE_URL#"$APP"}"
    echo "bytes: article $(stat -c %s "$WWW/article.html") (gzip $(stat -c %s "$WWW/article.html.gz")), home $(stat -c %s "$WWW/index.html")"
    [[ -z "$BYTES_NOTE" ]] || echo "WARNING:$BYTES_NOTE nginx served a snapshot"
    echo
    printf '%-20s %9s %8s %8s %6s %7s %6s %6s %6s  %s\n' target "req/s" "p99 ms" "vs nginx" non2xx sockerr "srv%" "wrk%" "bg%" "requests, read"
    printf '%-20s %9s %8s %8s %6s %7s %6s %6s %6s  %s\n' -------------------- --------- -------- -------- ------ ------- ------ ------ ------ ---------------
    for row in "${ROWS[@]}"; do
        IFS='|' read -r name rps p99 non2xx errs srv wrkc other bytes <<<"$row"
        base="$(baseline_of "$name")"
        if [[ -n "$base" ]]; then r="$(ratio "$rps" "${RPS[$base]}")"; else r="(base)"; fi
        printf '%-20s %9.0f %8s %8s %6s %7s %6s %6s %6s  %s\n' "$name" "$rps" "$p99" "$r" "$non2xx" "$errs" "$srv" "$wrkc" "$other" "$bytes"
    done
    echo
    echo "CPU during each run, in % of one core ($NCPU cores = $((NCPU * 100))%): srv = server under test (java, or nginx"
    echo "master+workers), wrk = load generator, bg = everything else on the machine (should be ~0)."
    if ((${#NOISY[@]})); then
        echo "WARNING: other processes used CPU during: ${NOISY[*]} -- figures are not trustworthy, rerun on a quiet machine."
    fi
    echo
    a_rps="${RPS["nashir article"]}"; a_p99="${P99["nashir article"]}"
    a_ratio="$(awk -v a="$a_rps" -v b="${RPS["nginx article"]}" 'BEGIN{printf "%.3f", a/b}')"
    at_least() { if awk -v a="$1" -v b="$2" 'BEGIN{exit !(a + 0 >= b + 0)}'; then echo PASS; else echo FAIL; fi; }
    echo "Targets (nashir article, $CONNECTIONS connections):"
    printf '  req/s    >= %-6s  got %9.0f   %s\n' "$TARGET_RPS" "$a_rps" "$(at_least "$a_rps" "$TARGET_RPS")"
    printf '  p99      <= %-6s  got %9s   %s\n' "${TARGET_P99_MS}ms" "${a_p99}ms" "$(at_least "$TARGET_P99_MS" "$a_p99")"
    printf '  vs nginx >= %-6s  got %9s   %s\n' "${TARGET_RATIO}x" "${a_ratio}x" "$(at_least "$a_rps" "$(awk -v b="${RPS["nginx article"]}" -v r="$TARGET_RATIO" 'BEGIN{print b * r}')")"
} | tee "$REPORT"
cp "$RAW" "$ROOT/bench/results/latest-raw.txt"
echo "written: $REPORT (raw wrk output: bench/results/latest-raw.txt)" >&2

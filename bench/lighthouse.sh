#!/usr/bin/env bash
# Lighthouse (mobile preset) on the home and article pages of a Nashir with the demo content.
#
#   bash bench/lighthouse.sh [JAR]
#
#   JAR        default: target/nashir.jar (build it with: mvn -q package -DskipTests)
#
# Environment knobs (all optional):
#   RUNS=3           Lighthouse runs per page; the median run (by performance score) is reported
#   PORT=18790       port for the app
#   URL=             audit this running site instead of starting one (e.g. http://localhost:8080)
#   CHROME_PATH=/usr/bin/chromium   Debian's Chromium (apt-get install chromium)
#
# Lighthouse 12.2.3 comes from src/test/node (package.json + package-lock.json; npm ci there).
# Targets: SEO 100, Accessibility >= 95, Best Practices >= 95, Performance >= 95. The script exits 1
# when a page misses one. Writes bench/results/lighthouse.txt and the JSON reports beside it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${1:-$ROOT/target/nashir.jar}"
RUNS="${RUNS:-3}"
PORT="${PORT:-18790}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LH_DIR="$ROOT/src/test/node"
OUT="$ROOT/bench/results"
mkdir -p "$OUT"

die() { echo "lighthouse.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[ -x "$CHROME_PATH" ] || die "no Chromium at $CHROME_PATH (apt-get install chromium)"
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  log "installing Lighthouse (npm ci in src/test/node)"
  (cd "$LH_DIR" && npm ci --no-audit --no-fund >/dev/null)
fi

TMP="$(mktemp -d)"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

BASE="${URL:-}"
if [ -z "$BASE" ]; then
  [ -f "$JAR" ] || die "no $JAR (mvn -q package -DskipTests)"
  BASE="http://localhost:$PORT"
  log "starting Nashir with the demo content on $BASE"
  NASHIR_DATA_DIR="$TMP/data" NASHIR_DEMO=true SERVER_PORT="$PORT" java -jar "$JAR" >"$TMP/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 90); do
    curl -fs -o /dev/null "$BASE/" && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$TMP/app.log" >&2; die "the app stopped"; }
    sleep 1
  done
  curl -fs -o /dev/null "$BASE/" || die "the app did not answer on $BASE"
fi

# The article page: the newest article, by its canonical address (the short one redirects there).
ARTICLE="$(curl -fs "$BASE/feed.json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].url))')"
[ -n "$ARTICLE" ] || die "no article in $BASE/feed.json"

FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync"

audit() { # name url
  local name="$1" url="$2" i
  for i in $(seq 1 "$RUNS"); do
    "$LH_DIR/node_modules/.bin/lighthouse" "$url" --quiet --output=json --output-path="$OUT/lighthouse-$name-$i.json" \
      --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$FLAGS" >/dev/null 2>"$TMP/lh.err" \
      || { cat "$TMP/lh.err" >&2; die "Lighthouse failed on $url"; }
  done
  node - "$OUT" "$name" "$RUNS" <<'JS'
const fs = require('fs');
const [dir, name, runs] = process.argv.slice(2);
const reports = [];
for (let i = 1; i <= +runs; i++) reports.push(JSON.parse(fs.readFileSync(`${dir}/lighthouse-${name}-${i}.json`, 'utf8')));
reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const r = reports[Math.floor(reports.length / 2)];
fs.writeFileSync(`${dir}/lighthouse-${name}.json`, JSON.stringify(r));
const s = k => Math.round(r.categories[k].score * 100);
const a = id => r.audits[id] ? r.audits[id].displayValue || '' : '';
const failed = Object.values(r.audits).filter(x => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative'
  && x.scoreDisplayMode !== 'manual' && x.scoreDisplayMode !== 'notApplicable').map(x => x.id);
console.log([name.padEnd(8), String(s('performance')).padStart(11), String(s('accessibility')).padStart(13),
  String(s('best-practices')).padStart(14), String(s('seo')).padStart(4),
  `  FCP ${a('first-contentful-paint')}, LCP ${a('largest-contentful-paint')}, TBT ${a('total-blocking-time')}, CLS ${a('cumulative-layout-shift')}`,
  failed.length ? `  below 90: ${failed.join(' ')}` : ''].join(''));
process.exitCode = (s('seo') < 100 || s('accessibility') < 95 || s('best-practices') < 95 || s('performance') < 95) ? 3 : 0;
JS
}

{
  echo "Lighthouse $("$LH_DIR/node_modules/.bin/lighthouse" --version) (mobile preset), $("$CHROME_PATH" --version 2>/dev/null | head -1), median of $RUNS run(s), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "page     performance accessibility best-practices seo"
} >"$OUT/lighthouse.txt"
status=0
audit home "$BASE/" >>"$OUT/lighthouse.txt" || status=$?
audit article "$ARTICLE" >>"$OUT/lighthouse.txt" || status=$?
cat "$OUT/lighthouse.txt"
[ "$status" -eq 0 ] || { echo "lighthouse.sh: a page missed a target (SEO 100, others >= 95)" >&2; exit 1; }

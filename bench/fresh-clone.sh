#!/usr/bin/env bash
# Proves that a plain clone needs nothing beside it: clones this repository's current commit into a
# new temporary folder that holds nothing else, then runs the README's two commands there.
#
#   bash bench/fresh-clone.sh                           # mvn spring-boot:run, then .ci/run (mvn verify)
#   TEST_COMMAND="mvn test" bash bench/fresh-clone.sh   # a quicker second step: the unit tests only
#
# 1. `mvn spring-boot:run` (with SERVER_PORT=$PORT): waits until the demo home page answers, checks
#    that /admin leads to the setup page and that the start-up log prints the setup line, stops it.
# 2. TEST_COMMAND, by default `.ci/run`, which prepares PostgreSQL, Chromium and Node and then runs
#    exactly the README's test command.
# Knobs: PORT (default 8080), START_TIMEOUT (seconds, default 600), KEEP=1 keeps the folder.
# Only committed work is cloned. Exits non-zero when a step fails.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-8080}
START_TIMEOUT=${START_TIMEOUT:-600}
TEST_COMMAND=${TEST_COMMAND:-.ci/run}

die() { echo "fresh-clone.sh: $*" >&2; exit 1; }
command -v git >/dev/null || die "git is needed"
command -v mvn >/dev/null || die "Maven is needed"
command -v curl >/dev/null || die "curl is needed"

commit=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  echo "note: uncommitted changes in $repo are not part of the clone" >&2
fi

parent=$(mktemp -d "${TMPDIR:-/tmp}/nashir-fresh-XXXXXX")
clone="$parent/nashir"
app=""
stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill -TERM -- "-$app" 2>/dev/null || true   # the process group started below: Maven and its forked JVM
    for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$app" 2>/dev/null || true
  fi
  app=""
}
cleanup() {
  stop_app
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $parent"; else rm -rf "$parent"; fi
}
trap cleanup EXIT

git clone --quiet --no-local "$repo" "$clone"
git -C "$clone" -c advice.detachedHead=false checkout --quiet "$commit"
[ "$(ls -A "$parent")" = "nashir" ] || die "the temporary folder holds more than the clone"
echo "cloned $commit into $clone (nothing beside it)"
cd "$clone"

# 1. The first command, as the README gives it.
if curl -s -o /dev/null "http://localhost:$PORT/"; then die "port $PORT is in use; set PORT"; fi
started=$(date +%s)
SERVER_PORT=$PORT setsid mvn spring-boot:run >"$parent/spring-boot-run.log" 2>&1 &
app=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/")" = 200 ]; do
  kill -0 "$app" 2>/dev/null || { tail -40 "$parent/spring-boot-run.log"; die "mvn spring-boot:run ended before the site answered"; }
  [ $(( $(date +%s) - started )) -lt "$START_TIMEOUT" ] || die "the site did not answer within $START_TIMEOUT s"
  sleep 2
done
echo "mvn spring-boot:run: the site answered after $(( $(date +%s) - started )) s"
home=$(curl -s "http://localhost:$PORT/")
echo "$home" | grep -q 'class="brand"' || die "the home page has no masthead"
[ "$(echo "$home" | grep -c '/news/')" -ge 5 ] || die "the home page lists no demo articles"
to=$(curl -s -o /dev/null -w '%{redirect_url}' "http://localhost:$PORT/admin")
case "$to" in */admin/setup) ;; *) die "/admin led to '$to', not to the setup page" ;; esac
grep -q "Open http://localhost:$PORT/admin/setup to name the site and create the first admin, with the setup code" \
  "$parent/spring-boot-run.log" || die "the start-up log has no setup line"
echo "  demo home page, /admin -> /admin/setup, setup line in the log: ok"
stop_app

# 2. The second command.
echo "running: $TEST_COMMAND"
started=$(date +%s)
bash -c "$TEST_COMMAND"
echo "$TEST_COMMAND passed in a fresh clone in $(( $(date +%s) - started )) s"

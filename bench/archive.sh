#!/usr/bin/env bash
# Fills a database with a generated news archive for the benchmarks (see bench/README.md).
#
#   bash bench/archive.sh ARTICLES DATA_DIR              embedded H2 in DATA_DIR/db (as Nashir uses it)
#   bash bench/archive.sh ARTICLES DATA_DIR PG_DATABASE  PostgreSQL database on 127.0.0.1:5432 (made if missing;
#                                                        must have no articles), search index in DATA_DIR
#
# Then builds the search index with the application's own `reindex` command (which also counts the listings' totals) and keeps every article's
# related list (`related`). Prints the time of each step. Environment: JAR (default target/nashir.jar,
# built if missing), PGUSER (postgres), SEED (42), RELATED=0 (skip the related lists), RELATED=stand-in (every
# article a kept list of eight articles spread over the archive, in a minute: measures pages served from kept lists
# at a million without the hours the real lists take; com.nashir.bench.StandInRelatedLists).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:?articles}"
DATA="${2:?data dir}"
PGDB="${3:-}"
JAR="${JAR:-$ROOT/target/nashir.jar}"
cd "$ROOT"
[[ -f "$JAR" ]] || mvn -q package -DskipTests
mvn -q test-compile
CP="target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
if [[ -n "$PGDB" ]]; then
  psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres -tAc "select 1 from pg_database where datname = '$PGDB'" | grep -q 1 \
    || createdb -h 127.0.0.1 -U "${PGUSER:-postgres}" "$PGDB"
  URL="jdbc:postgresql://127.0.0.1:5432/$PGDB"; USER_="${PGUSER:-postgres}"
else
  URL="jdbc:h2:file:$DATA/db/nashir;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; USER_=sa
fi
t0=$(date +%s)
java -Xmx1g -cp "$CP" com.nashir.bench.ArchiveGenerator --url "$URL" --user "$USER_" --articles "$N" --seed "${SEED:-42}" --paths "$DATA/paths.txt"
t1=$(date +%s)
echo "== generated in $((t1 - t0)) s; building the search index" >&2
ENV=(NASHIR_DATA_DIR="$DATA" NASHIR_DEMO=false)
[[ -n "$PGDB" ]] && ENV+=(SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$USER_")
env "${ENV[@]}" java -Xmx1g -jar "$JAR" reindex
t2=$(date +%s)
# The related articles every page shows, kept as a site keeps them (hours at 1M on 2 cores: RELATED=0 skips;
# the serving nodes then fill them in the background, and uncached pages search until they have).
case "${RELATED:-1}" in
  1) env "${ENV[@]}" java -Xmx1g -jar "$JAR" related ;;
  stand-in) java -cp "$CP" com.nashir.bench.StandInRelatedLists --url "$URL" --user "$USER_" ;;
esac
t3=$(date +%s)
echo "== archive: $N articles, generated in $((t1 - t0)) s, search index built in $((t2 - t1)) s, related lists in $((t3 - t2)) s" >&2
du -sh "$DATA"/* >&2

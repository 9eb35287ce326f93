# Shared by the bench scripts (sourced, not run): a node on a generated archive, and the classpath of the in-process
# benchmarks. Expects ROOT (the checkout).

# The test classes and every dependency, compiled first (the in-process benchmarks live in src/test/java).
bench_classpath() {
  (cd "$ROOT" && mvn -q test-compile >&2)
  echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cd "$ROOT" && mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_node JAR DATA_DIR PG_DATABASE LOG [NAME=value ...]: Nashir on an archive (bench/archive.sh; PG_DATABASE empty:
# its embedded H2), without demo content, on a free local port; the extra settings after LOG, then JAVA_ENV's words
# (space-separated NAME=value), go to its environment. Sets NODE_PID and NODE_URL, and returns once the node answers;
# fails with the log's end if it dies first. The index is read once before: this host gives back the page cache of
# files nobody read for a while.
start_node() {
  local jar="$1" data="$2" pgdb="$3" log="$4"; shift 4
  local port; port="$(free_port)"
  local env=(NASHIR_DATA_DIR="$data" NASHIR_DEMO=false SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 "$@")
  [[ -n "$pgdb" ]] && env+=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb"
    SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}")
  cat "$data"/search/g*/* >/dev/null 2>&1 || true
  # shellcheck disable=SC2086 # JAVA_ENV is a list of NAME=value words
  env "${env[@]}" ${JAVA_ENV:-} java "-Xmx${HEAP:-1g}" -jar "$jar" >"$log" 2>&1 &
  NODE_PID=$!
  NODE_URL="http://127.0.0.1:$port"
  until curl -sf -o /dev/null "$NODE_URL/robots.txt"; do
    kill -0 "$NODE_PID" 2>/dev/null || { tail -20 "$log" >&2; return 1; }
    sleep 0.5
  done
}

# stop_node: ends the node start_node started, if it runs.
stop_node() {
  if [[ -n "${NODE_PID:-}" ]]; then kill "$NODE_PID" 2>/dev/null || true; wait "$NODE_PID" 2>/dev/null || true; fi
  NODE_PID=""
}

# async_profiler_lib: the path of async-profiler's agent (Maven Central: tools.profiler:async-profiler, linux-x64),
# fetched once into bench/results/.
async_profiler_lib() {
  local dir="$ROOT/bench/results/async-profiler"
  if [[ ! -f "$dir/linux-x64/libasyncProfiler.so" ]]; then
    mvn -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1:jar:linux-x64 -DoutputDirectory="$dir" >&2
    (cd "$dir" && unzip -o -q async-profiler-4.1-linux-x64.jar 'linux-x64/*')
  fi
  echo "$dir/linux-x64/libasyncProfiler.so"
}

# usable_archive DATA_DIR PG_DATABASE: fails unless the archive has its address list and, on H2, no other process
# holds its database open.
usable_archive() {
  [[ -s "$1/paths.txt" ]] || { echo "no $1/paths.txt: make the archive with bench/archive.sh" >&2; return 1; }
  [[ -z "$2" && -e "$1/db/nashir.lock.db" ]] && { echo "$1/db is open in another process" >&2; return 1; }
  return 0
}

# profiler_start PID OUT / profiler_stop PID OUT: async-profiler loaded into a running node for a window (not for its
# start-up and warm-up), its stacks written collapsed with thread names to OUT (an absolute path; its folder is made).
# jcmd reads NAME=value words as its own options: the agent's options go quoted as one value.
profiler_start() {
  command -v jcmd >/dev/null || { echo "jcmd missing (it comes with the JDK)" >&2; return 1; }
  mkdir -p "$(dirname "$2")"
  jcmd "$1" JVMTI.agent_load "$(async_profiler_lib)" "\"start,event=${EVENT:-itimer},interval=1ms,threads,file=$2,collapsed\"" >/dev/null
}
profiler_stop() {
  jcmd "$1" JVMTI.agent_load "$(async_profiler_lib)" "\"stop,file=$2,collapsed\"" >/dev/null
}

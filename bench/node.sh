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

# pg_cpu: the CPU (clock ticks) PostgreSQL's processes on this machine have used so far (they share the cores with
# the node: work moved into the database is not a saving).
pg_cpu() { for p in $(pgrep -x postgres 2>/dev/null); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }

# thread_ticks PID PATTERN: the CPU (clock ticks) used so far by the threads of a process whose names match PATTERN
# (a shell pattern over /proc's 15-character thread names).
thread_ticks() {
  local t sum=0
  for t in /proc/"$1"/task/*; do
    # shellcheck disable=SC2053 # PATTERN is a pattern
    [[ "$(cat "$t/comm" 2>/dev/null)" == $2 ]] || continue
    sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}

# compiler_ticks PID: the CPU (clock ticks) the JIT's compiler threads of a JVM have used so far.
compiler_ticks() { thread_ticks "$1" 'C[12] CompilerThre*'; }

# gc_ticks PID: the CPU (clock ticks) the garbage collector's threads of a JVM have used so far (G1's workers,
# concurrent marking and refinement; the parallel collector's workers).
gc_ticks() { thread_ticks "$1" '@(GC Thread*|G1 *)'; }

# warm_until_compiled PID URL PATHS: readers' requests (wrk, 32 connections, bench/rotate.lua over the file PATHS) in
# 20 s rounds until the node's JIT compilers used under 1 s of CPU in a round (2.5 % of two cores: the render path
# compiled, as on a node that has served for hours), or WARM_MAX seconds (600) have passed. Round k asks each address
# with "?warm=k": a page the cache has not seen, rendered and stored as a reader's first request is, however many
# rounds it takes. (A fixed warm-up wrapped around its list into cache hits; pages rendered and never stored left the
# storing to be compiled in the measured window: 5.7 s of compilers' CPU in it.) On this 2-core host the compilers
# still used 6 s of a 20 s window after 90 s of plain warm-up (docs/performance.md, twenty-second sitting). Prints
# the seconds it took and the compilers' CPU in the last round.
warm_until_compiled() {
  local pid="$1" url="$2" paths="$3" t0=$SECONDS hz c0 c1 round=0
  hz="$(getconf CLK_TCK)"
  while :; do
    round=$((round + 1))
    c0="$(compiler_ticks "$pid")"
    wrk -t2 -c"${CONNECTIONS:-32}" -d20s "$url" -s "$ROOT/bench/rotate.lua" -- "$paths" "?warm=$round" >/dev/null 2>&1 || true
    c1="$(compiler_ticks "$pid")"
    if (( (c1 - c0) * 1000 / hz < 1000 || SECONDS - t0 >= ${WARM_MAX:-600} )); then break; fi
  done
  echo "$((SECONDS - t0)) s, compilers $(( (c1 - c0) * 1000 / hz )) ms of CPU in the last 20 s"
}

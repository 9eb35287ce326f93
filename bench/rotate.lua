-- wrk script: each connection's requests walk a list of paths (one per line in the file named by
-- the first script argument), each wrk thread starting at its own place, so a run touches as many
-- different pages as it makes requests (until the list wraps).
--   wrk -t2 -c32 -d20s -s bench/rotate.lua http://127.0.0.1:8080 -- paths.txt [suffix]
-- A suffix, if given, is added to every path (the long tail's warm-up adds "?warm=N", N its round: pages
-- the cache has not seen, so a warm-up longer than one pass over its list still renders: bench/node.sh).
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  local suffix = args[2] or ""
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line .. suffix end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
  -- threads start far apart in the list
  idx = math.floor((#paths / 8) * ((tid or 1) - 1)) % #paths
end

function request()
  idx = idx % #paths + 1
  return wrk.format("GET", paths[idx])
end

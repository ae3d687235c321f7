-- wrk script for bench/checkins.sh: each line of target/bench/checkins.txt is "token childId";
-- the threads take alternate lines, so every child is checked in once. Arguments: the number of
-- threads (2) and how many lines to skip (0), so that runs one after another take different children.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  lines = {}
  for line in io.lines("target/bench/checkins.txt") do
    lines[#lines + 1] = line
  end
  step = tonumber(args[1] or "2")
  index = tonumber(args[2] or "0") + id + 1
end

function request()
  local line = lines[index]
  if line == nil then
    line = lines[1]
  end
  index = index + step
  local token, child = line:match("(%S+) (%S+)")
  return wrk.format("POST", "/api/v1/devices/check-ins?childId=" .. child,
    { ["Authorization"] = "Bearer " .. token, ["Content-Length"] = "0" })
end

-- wrk script for bench/checkins.sh: each line of target/bench/checkins.txt is "token childId";
-- the threads take alternate lines, so every child is checked in once.
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
  index = id + 1
end

function request()
  local line = lines[index]
  if line == nil then
    line = lines[1]
  end
  index = index + step
  local token, child = line:match("(%S+) (%S+)")
  return wrk.format("POST", "/api/v1/devices/children/" .. child .. "/check-in",
    { ["Authorization"] = "Bearer " .. token, ["Content-Length"] = "0" })
end

-- Random points near the benchmark's 300 synthetic city centres (see DirectoryBenchmark.cities).
math.randomseed(7)
request = function()
  local i = math.random(0, 299)
  local lat = 22 + i * 0.07 + (math.random() - 0.5) * 0.2
  local lng = 102 + ((i * 37) % 300) * 0.08 + (math.random() - 0.5) * 0.24
  return wrk.format("GET", string.format("/api/v1/directory/institutions?lat=%.6f&lng=%.6f&radiusM=1000", lat, lng))
end

#!/usr/bin/env bash
# Drives the nearby-search benchmark with wrk (apt-get install -y wrk) as the load generator:
# 20 connections for 30 s at random points near the synthetic city centres. Server-side
# percentiles come from the application's own timing (target/bench/results-external.json).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench/port target/bench/external-done
./mvnw -B -q -Pbench verify -Dbench.external=true "$@" > target/bench-external.log 2>&1 &
mvn_pid=$!
for _ in $(seq 1 600); do [ -f target/bench/port ] && break; sleep 1; done
port=$(cat target/bench/port)
wrk -t2 -c20 -d30s --latency -s bench/nearby.lua "http://127.0.0.1:${port}" | tee target/bench/wrk.txt
touch target/bench/external-done
wait "$mvn_pid"
cat target/bench/results-external.json

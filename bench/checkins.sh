#!/usr/bin/env bash
# Drives the check-in benchmark with wrk (apt-get install -y wrk) as the load generator: gate devices
# checking children in, 2 threads and 16 connections for 60 s, every child once. Server-side
# percentiles come from the application's own timing (target/bench/attendance-external.json), with
# the same rows inserted by plain JDBC right after for comparison; wrk's own figures are in
# target/bench/wrk-checkins.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench/port target/bench/external-done
./mvnw -B -q -Pbench verify -Dtest=AttendanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.external=true "$@" > target/bench-checkins.log 2>&1 &
mvn_pid=$!
for _ in $(seq 1 900); do [ -f target/bench/port ] && break; sleep 1; done
port=$(cat target/bench/port)
wrk -t2 -c16 -d${WRK_SECONDS:-60}s --latency -s bench/checkins.lua "http://127.0.0.1:${port}" -- 2 | tee target/bench/wrk-checkins.txt
touch target/bench/external-done
wait "$mvn_pid"
cat target/bench/attendance-external.json

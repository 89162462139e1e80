#!/usr/bin/env bash
# The rerunnable benchmark of docs/performance.md.
#
#   scripts/bench.sh                 # 3 runs with 200,000 persons, then the default run's start-up (about 30 min)
#   scripts/bench.sh --quick         # 1 run with 20,000 persons and short phases (about 5 min), to try it out
#   scripts/bench.sh --runs=5 --persons=100000 --skip-startup ...   (options: see Benchmark.java)
#   BENCH_MAIN=it.orienta.bench.CvBench scripts/bench.sh --iterations=30   # the CV's upload and generation
#   BENCH_MAIN=it.orienta.bench.OccupationBench scripts/bench.sh            # the extraction and the occupations
#   BENCH_MAIN=it.orienta.bench.DrainBench scripts/bench.sh --transfers=1000 # the portal transfer drain
#   BENCH_MAIN=it.orienta.bench.ScoutingBench scripts/bench.sh --persons=200000 --open=30000  # scouting (issue 13)
#   BENCH_MAIN=it.orienta.bench.MonitoringBench scripts/bench.sh --persons=200000 --meetings=2000000  # dashboard (issue 14)
#   scripts/bench.sh --all [--quick]  # every benchmark above, one after the other, each with its defaults
#
# Builds online by default, so that it works on a fresh clone; BENCH_OFFLINE=1 builds from the local Maven
# repository only (after one online build).
#
# Builds the application jar and the benchmark (Maven profile "bench": src/bench/java, never packaged), then runs
# it.orienta.bench.Benchmark, which starts the jar on a fresh data directory under target/bench, loads the
# synthetic persons, drives the load over HTTP on loopback, stops the application and writes
# target/bench/<time>/report.md. Uses only ports it picks free on localhost; never touches ./data or port 8080.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

MVN_FLAGS=(-B -q)
if [[ "${BENCH_OFFLINE:-0}" == "1" ]]; then MVN_FLAGS+=(-o); fi

echo "Building (./mvnw -Pbench -DskipTests package)..."
./mvnw "${MVN_FLAGS[@]}" -Pbench -DskipTests package

# run from a copy: the default run measured at the end (./mvnw spring-boot:run) recompiles target/classes and
# target/test-classes without the bench profile, under the running benchmark
rm -rf target/bench/classes && mkdir -p target/bench/classes/it/orienta
cp -r target/classes/. target/bench/classes/
cp -r target/test-classes/it/orienta/bench target/bench/classes/it/orienta/
CP="target/bench/classes:$(cat target/bench/classpath.txt)"
if [[ "${1:-}" == "--all" ]]; then
  shift
  quick=()
  if [[ "${1:-}" == "--quick" ]]; then quick=(--quick); fi
  "$JAVA" -cp "$CP" it.orienta.bench.Benchmark "${quick[@]}"
  "$JAVA" -cp "$CP" it.orienta.bench.OccupationBench
  "$JAVA" -cp "$CP" it.orienta.bench.CvBench
  "$JAVA" -cp "$CP" it.orienta.bench.DrainBench
  if [[ ${#quick[@]} -gt 0 ]]; then
    "$JAVA" -cp "$CP" it.orienta.bench.MonitoringBench --persons=20000 --requests=100 --per-client=20
  else
    "$JAVA" -cp "$CP" it.orienta.bench.MonitoringBench
  fi
  if [[ ${#quick[@]} -gt 0 ]]; then
    "$JAVA" -cp "$CP" it.orienta.bench.ScoutingBench --persons=20000 --requests=200 --per-client=40
  else
    "$JAVA" -cp "$CP" it.orienta.bench.ScoutingBench
  fi
  echo "Reports: target/bench/*/report.md, target/bench/{occupation,cv,drain}/report.md, target/bench/scouting-*/report.md, target/bench/monitoring-*/report.md"
  exit 0
fi
exec "$JAVA" -cp "$CP" "${BENCH_MAIN:-it.orienta.bench.Benchmark}" "$@"

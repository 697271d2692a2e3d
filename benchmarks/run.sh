#!/usr/bin/env bash
# Runs mcpgen's benchmarks against the official MCP SDKs, every peer in one run (see README.md).
#
#   benchmarks/run.sh                    build everything, then all figures and the JMH benchmarks
#   benchmarks/run.sh cold stdio         only some sections: cold stdio http soak jmh
#   SKIP_BUILD=1 benchmarks/run.sh ...   reuse the last build
#   BENCH_OPTS="-Dbench.baseJar=old.jar" benchmarks/run.sh   also measure another mcpgen build
#
# Needs: Maven, node + npm (the TypeScript peer is installed from npm into target/ts-peer),
# wrk for the HTTP figures (Debian: apt-get install -y wrk), a JDK 25 for the Java peers
# (BENCH_JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64; JDK 17+ works, without AOT cache).
set -euo pipefail
cd "$(dirname "$0")"

JAVA_HOME_BENCH=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x "$JAVA_HOME_BENCH/bin/java" ]] || JAVA_HOME_BENCH=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
JAVA="$JAVA_HOME_BENCH/bin/java"
SECTIONS=("$@")
[[ ${#SECTIONS[@]} -gt 0 ]] || SECTIONS=(cold stdio http soak jmh)

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building mcpgen, then the peers" >&2
  (cd .. && mvn -B -q install -DskipTests)
  mvn -B -q -f pom.xml package -DskipTests
  mkdir -p target/ts-peer
  cp ts-peer/package.json ts-peer/server.mjs target/ts-peer/
  (cd target/ts-peer && npm install --no-audit --no-fund --silent)
fi

echo "== load before the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
HARNESS_SECTIONS=()
for s in "${SECTIONS[@]}"; do [[ $s == jmh ]] || HARNESS_SECTIONS+=("$s"); done
if [[ ${#HARNESS_SECTIONS[@]} -gt 0 ]]; then
  EXTRA=()
  [[ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]] && EXTRA+=(-Dbench.java17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java)
  # BENCH_OPTS: more harness properties, e.g. -Dbench.baseJar=old-mcpgen-peer.jar (README.md)
  read -r -a OPTS <<< "${BENCH_OPTS:-}"
  "$JAVA" -Dbench.dir=. -Dbench.java="$JAVA" "${EXTRA[@]}" "${OPTS[@]}" -jar target/harness.jar \
    "${HARNESS_SECTIONS[@]}"
fi
if [[ " ${SECTIONS[*]} " == *" jmh "* ]]; then
  echo "== JMH: hot path and processor" >&2
  "$JAVA" -cp target/harness.jar org.openjdk.jmh.Main -rf json -rff target/jmh.json \
    'HotPathBenchmark|ProcessorBenchmark' | tee target/jmh.txt | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)'
fi

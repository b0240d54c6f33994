#!/usr/bin/env bash
# The product path before and after (issue 15): the API load benchmark (node lookup, a page of claims with evidence,
# search) on the real SQLite store, against the server as of BEFORE and the server of this checkout, both running
# side by side, loaded in turn (before, after, before, after, …) for ROUNDS rounds. Prints requests/s and p99 per
# case as medians over the rounds, and the ratios after/before.
#
#   bash bench/scripts/before-after.sh     # BEFORE=2ae50bf DB= SECONDS_PER=10 CONCURRENCY=16 ROUNDS=3 WORK=/tmp/nmngraph-before-after
#
# BEFORE is built in a temporary git worktree under WORK (removed at the end). DB is a SQLite file the BEFORE server
# can open (an older server refuses a newer schema); without one, the BEFORE server generates ARTICLES articles into
# WORK/before.db (about 2–6 minutes at 100,000) and later runs reuse it. The after server runs on a migrated copy,
# WORK/after.db, so both serve the same data. The load client is this checkout's bench/NmnGraph.Bench.Api, which
# sends the older API's forms of the three queries to a server that has them (plain lists, offset cursors).
# Servers listen on 127.0.0.1:PORT_BEFORE and PORT_AFTER.
set -euo pipefail

BEFORE=${BEFORE:-2ae50bf}
DB=${DB:-}
ARTICLES=${ARTICLES:-100000}
SECONDS_PER=${SECONDS_PER:-10}
CONCURRENCY=${CONCURRENCY:-16}
ROUNDS=${ROUNDS:-3}
WORK=${WORK:-/tmp/nmngraph-before-after}
PORT_BEFORE=${PORT_BEFORE:-5791}
PORT_AFTER=${PORT_AFTER:-5792}

repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$WORK"
tree="$WORK/before-tree"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  git -C "$repo" worktree remove --force "$tree" 2>/dev/null || true
}
trap cleanup EXIT

echo "building this checkout ($(git -C "$repo" rev-parse --short HEAD)) and $BEFORE"
dotnet build -c Release -v q -nologo -nodeReuse:false -p:UseSharedCompilation=false "$repo/bench/NmnGraph.Bench.Api/NmnGraph.Bench.Api.csproj" >"$WORK/build-after.log" || { cat "$WORK/build-after.log"; exit 1; }
git -C "$repo" worktree remove --force "$tree" 2>/dev/null || true
git -C "$repo" worktree add --detach "$tree" "$BEFORE" >/dev/null
dotnet build -c Release -v q -nologo -nodeReuse:false -p:UseSharedCompilation=false -p:BuildGraphiQL=false "$tree/server/NmnGraph.Server.csproj" >"$WORK/build-before.log" || { cat "$WORK/build-before.log"; exit 1; }
before=(dotnet "$tree/server/bin/Release/net10.0/nmngraph.dll")
after=(dotnet "$repo/server/bin/Release/net10.0/nmngraph.dll")
load=(dotnet "$repo/bench/NmnGraph.Bench.Api/bin/Release/net10.0/NmnGraph.Bench.Api.dll" load)

if [ -z "$DB" ]; then
  DB="$WORK/before.db"
  if [ ! -e "$WORK/generated-$ARTICLES" ]; then
    rm -f "$DB"
    echo "generating $ARTICLES articles into $DB with $BEFORE"
    "${before[@]}" generate --articles "$ARTICLES" --db "$DB" >"$WORK/generate.log"
    touch "$WORK/generated-$ARTICLES"
  fi
fi
if [ ! -e "$WORK/after.db" ] || [ "$DB" -nt "$WORK/after.db" ]; then
  echo "copying $DB to $WORK/after.db and migrating it with this checkout's server"
  cp "$DB" "$WORK/after.db.tmp" && mv "$WORK/after.db.tmp" "$WORK/after.db"
  "${after[@]}" migrate --db "$WORK/after.db"
fi

serve() { # NAME PORT DB COMMAND…
  local name=$1 port=$2 db=$3
  shift 3
  "$@" serve --urls "http://127.0.0.1:$port" --db "$db" >"$WORK/serve-$name.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 120); do
    curl -fs -X POST -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" >/dev/null && return 0
    sleep 1
  done
  echo "the $name server on port $port did not answer; its log:" >&2
  cat "$WORK/serve-$name.log" >&2
  exit 1
}
serve before "$PORT_BEFORE" "$DB" "${before[@]}"
serve after "$PORT_AFTER" "$WORK/after.db" "${after[@]}"

# Both answer all three queries without errors (the load client fails on any error) before anything is measured.
"${load[@]}" "http://127.0.0.1:$PORT_BEFORE/graphql" 1 1 >/dev/null
"${load[@]}" "http://127.0.0.1:$PORT_AFTER/graphql" 1 1 >/dev/null

sleep 15 # let the builds' processes exit
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for side in before after; do
    port=$PORT_BEFORE
    [ "$side" = after ] && port=$PORT_AFTER
    echo "== round $round, $side"
    "${load[@]}" "http://127.0.0.1:$port/graphql" "$SECONDS_PER" "$CONCURRENCY" | tee "$WORK/load-$round-$side.txt"
  done
done
echo "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$WORK" "$ROUNDS" "$BEFORE" "$(git -C "$repo" rev-parse --short HEAD)" <<'PY'
import re, statistics, sys
work, rounds, before, after = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows, scenarios = {}, []
for r in range(1, rounds + 1):
    for side in ("before", "after"):
        for line in open(f"{work}/load-{r}-{side}.txt"):
            m = re.match(r"(.+?)\s+([\d.]+) req/s\s+p50\s+([\d.]+) ms\s+p99\s+([\d.]+) ms", line)
            if m:
                s = m.group(1).strip()
                rows.setdefault((s, side), []).append((float(m.group(2)), float(m.group(4))))
                if s not in scenarios:
                    scenarios.append(s)
print()
print(f"medians of {rounds} interleaved rounds; before = {before}, after = {after}")
print()
print("| case | req/s before | req/s after | after/before | p99 before | p99 after | after/before |")
print("|---|--:|--:|--:|--:|--:|--:|")
for s in scenarios:
    b, a = rows[(s, "before")], rows[(s, "after")]
    rb, ra = statistics.median(x[0] for x in b), statistics.median(x[0] for x in a)
    pb, pa = statistics.median(x[1] for x in b), statistics.median(x[1] for x in a)
    print(f"| {s} | {rb:.1f} | {ra:.1f} | {ra / rb:.2f}× | {pb:.1f} ms | {pa:.1f} ms | {pa / pb:.2f}× |")
PY

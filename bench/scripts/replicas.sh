#!/usr/bin/env bash
# The API under concurrent load on SQLite and on PostgreSQL, one server and two replicas behind round robin, in
# one run (issue 16): node lookup, a page of claims with evidence, search. Prints requests/s and p99 per case and
# the ratios PostgreSQL/SQLite and two replicas/one.
#
#   bash bench/scripts/replicas.sh            # ARTICLES=100000 WORK=/tmp/nmngraph-replicas SECONDS_PER=15 CONCURRENCY=16
#
# Needs Debian's postgresql package (apt-get install -y postgresql). The first run generates the corpus into a
# SQLite file and a PostgreSQL database under WORK (about 6 and 30 minutes at 100,000 articles); later runs reuse them.
# The PostgreSQL cluster is private to WORK, on 127.0.0.1:PGPORT, started like the test fixture (initdb/pg_ctl,
# as the postgres user when root) and stopped at the end. Servers listen on 127.0.0.1:PORT1 and PORT2.
set -euo pipefail

ARTICLES=${ARTICLES:-100000}
WORK=${WORK:-/tmp/nmngraph-replicas}
SECONDS_PER=${SECONDS_PER:-15}
CONCURRENCY=${CONCURRENCY:-16}
PGPORT=${PGPORT:-5643}
PORT1=${PORT1:-5681}
PORT2=${PORT2:-5682}

repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$WORK"
cd "$repo"
dotnet build -c Release -v q -nologo bench/NmnGraph.Bench.Api/NmnGraph.Bench.Api.csproj >"$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }
nmngraph=(dotnet "$repo/server/bin/Release/net10.0/nmngraph.dll")
load=(dotnet "$repo/bench/NmnGraph.Bench.Api/bin/Release/net10.0/NmnGraph.Bench.Api.dll" load)

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL is not installed; install it with: apt-get install -y postgresql" >&2; exit 1; }
runas=()
if [ "$(id -u)" = 0 ]; then runas=(runuser -u postgres --); chown postgres: "$WORK"; fi
if [ ! -d "$WORK/data" ]; then
  (cd "$WORK" && "${runas[@]}" "$pgbin/initdb" -D "$WORK/data" -U nmngraph --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log")
fi

servers=()
started_pg=0
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "$started_pg" = 1 ]; then (cd "$WORK" && "${runas[@]}" "$pgbin/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null); fi
}
trap cleanup EXIT
if ! (cd "$WORK" && "${runas[@]}" "$pgbin/pg_ctl" -D "$WORK/data" status >/dev/null); then
  (cd "$WORK" && "${runas[@]}" "$pgbin/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 \
    -o "-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null)
  started_pg=1
fi

sqlite_db="$WORK/big.db"
pg_db="postgres://nmngraph@127.0.0.1:$PGPORT/big"
psql -h 127.0.0.1 -p "$PGPORT" -U nmngraph -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'big'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PGPORT" -U nmngraph -d postgres -qc "CREATE DATABASE big"
for db in "$sqlite_db" "$pg_db"; do
  flag="$WORK/generated-$(basename "$db")-$ARTICLES"
  if [ ! -e "$flag" ]; then
    echo "generating $ARTICLES articles into $db"
    "${nmngraph[@]}" generate --articles "$ARTICLES" --db "$db" >"$WORK/generate-$(basename "$db").log"
    touch "$flag"
  fi
  "${nmngraph[@]}" migrate --db "$db" >/dev/null
done

serve() { # PORT DB
  "${nmngraph[@]}" serve --urls "http://127.0.0.1:$1" --db "$2" >"$WORK/serve-$1.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$1/readyz" >/dev/null && return 0
    sleep 1
  done
  echo "the server on port $1 did not become ready; its log:" >&2
  cat "$WORK/serve-$1.log" >&2
  exit 1
}

for backend in sqlite postgres; do
  db=$sqlite_db
  [ "$backend" = postgres ] && db=$pg_db
  servers=()
  serve "$PORT1" "$db"
  serve "$PORT2" "$db"
  for replicas in 1 2; do
    targets="http://127.0.0.1:$PORT1/graphql"
    [ "$replicas" = 2 ] && targets="$targets,http://127.0.0.1:$PORT2/graphql"
    echo "== $backend, $replicas replica(s)"
    "${load[@]}" "$targets" "$SECONDS_PER" "$CONCURRENCY" | tee "$WORK/load-$backend-$replicas.txt"
  done
  for pid in "${servers[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  servers=()
done

python3 - "$WORK" <<'PY'
import re, sys
rows = {}
scenarios = []
for backend in ("sqlite", "postgres"):
    for replicas in ("1", "2"):
        for line in open(f"{sys.argv[1]}/load-{backend}-{replicas}.txt"):
            m = re.match(r"(.+?)\s+([\d.]+) req/s\s+p50\s+([\d.]+) ms\s+p99\s+([\d.]+) ms", line)
            if m:
                scenario = m.group(1).strip()
                rows[(backend, replicas, scenario)] = (float(m.group(2)), float(m.group(4)))
                if scenario not in scenarios:
                    scenarios.append(scenario)
print()
print(f"{'scenario':28} {'backend':9} {'1 replica':>20} {'2 replicas':>20} {'2/1 req/s':>10}")
for s in scenarios:
    for b in ("sqlite", "postgres"):
        one, two = rows[(b, "1", s)], rows[(b, "2", s)]
        print(f"{s:28} {b:9} {one[0]:8.1f}/s p99 {one[1]:6.0f} {two[0]:8.1f}/s p99 {two[1]:6.0f} {two[0] / one[0]:10.2f}")
print()
print(f"{'scenario':28} {'PG/SQLite req/s, 1 replica':>28} {'2 replicas':>12} {'PG/SQLite p99, 1':>18} {'2':>6}")
for s in scenarios:
    ratio = [rows[("postgres", r, s)][0] / rows[("sqlite", r, s)][0] for r in ("1", "2")]
    tail = [rows[("postgres", r, s)][1] / rows[("sqlite", r, s)][1] for r in ("1", "2")]
    print(f"{s:28} {ratio[0]:28.2f} {ratio[1]:12.2f} {tail[0]:18.2f} {tail[1]:6.2f}")
PY

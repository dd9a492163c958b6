#!/usr/bin/env bash
# The dashboard under load: 15,000 employees and about a thousand open alerts in a store built by the
# daily run, 20 signed-in reviewers (sessions written into the store) hitting the morning queue and
# their own alerts' pages for 60 s on loopback with wrk. Results go to DIR/dashboard-results.md.
#
# usage: bench/dashboard.sh [--employees N] [--records M] [--users U] [--duration S] [--threads T] [--out DIR]
#                           [--reuse-store]
#
#   --employees N   roster size (default 15000)
#   --records M     person records (default 50000: about a thousand alerts)
#   --users U       concurrent signed-in reviewers, one connection each (default 20)
#   --duration S    seconds of load (default 60)
#   --threads T     wrk threads (default 2)
#   --out DIR       where the world, model, store and results go (default bench/data/dashboard)
#   --reuse-store   start from the store (run done, reviewers added) kept by an earlier call in
#                   DIR/pristine.sqlite instead of running the daily run again; sessions are always new
#
# Environment: VIGIL (default .build/release/vigil), PORT (default 8089), QUEUE (the queue's path,
# default /alerts). Needs wrk (Debian's wrk) and python3. Linux or macOS.
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
employees=15000 records=50000 users=20 duration=60 threads=2 out="" reuse=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --employees) employees=$2; shift 2 ;;
        --records) records=$2; shift 2 ;;
        --users) users=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --reuse-store) reuse=1; shift ;;
        -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/dashboard.sh: unknown argument $1" >&2; exit 1 ;;
    esac
done
command -v wrk > /dev/null || { echo "bench/dashboard.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
out=${out:-$repo/bench/data/dashboard}
vigil=${VIGIL:-$repo/.build/release/vigil}
port=${PORT:-8089}
queue=${QUEUE:-/alerts}
cd "$repo"
[[ -x $vigil ]] || swift build -c release --product vigil
mkdir -p "$out"
world="$out/world"
if [[ ! -f $world/world.json ]] || ! grep -q "\"personRecords\" : $records" "$world/world.json" \
        || ! grep -q "\"employees\" : $employees" "$world/world.json"; then
    "$vigil" generate --employees "$employees" --records "$records" --seed 21 --out "$world"
    rm -f "$out/model.json"
fi
# A model this vigil cannot read (trained by another version) is trained again.
"$vigil" explain --model "$out/model.json" >/dev/null 2>&1 || "$vigil" train --roster "$world/roster.csv" --records "$world/person_records.csv" \
    --locations "$world/incident_locations.csv" --rejects "$out/train-rejects.csv" --out "$out/model.json"
cat > "$out/vigil.yaml" <<YAML
store: store.sqlite
model: model.json
roster: world/roster.csv
rejects: rejects
sources:
  - {name: records, kind: person_records, path: world/person_records.csv}
  - {name: incidents, kind: incident_locations, path: world/incident_locations.csv}
YAML
rm -f "$out"/store.sqlite*
names=()
for n in $(seq -w 1 "$users"); do names+=("bench-reviewer-$n"); done
if [[ $reuse -eq 1 && -f $out/pristine.sqlite ]]; then
    cp "$out/pristine.sqlite" "$out/store.sqlite"
else
    status=0
    "$vigil" run --config "$out/vigil.yaml" > "$out/run.out" || status=$?
    [[ $status -eq 0 || $status -eq 3 || $status -eq 4 ]] || { cat "$out/run.out"; exit "$status"; }
    for name in "${names[@]}"; do
        "$vigil" user add --store "$out/store.sqlite" --username "$name" --name "Bench reviewer ${name##*-}" \
            --role reviewer > /dev/null
    done
    python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" \
        "$out/store.sqlite"
    cp "$out/store.sqlite" "$out/pristine.sqlite"
fi
python3 "$script_dir/dashboard_sessions.py" "$out/store.sqlite" "$out/sessions.txt" "${names[@]}"
open_alerts=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT count(*) FROM alert WHERE status IN ('NEW','UNDER_REVIEW','AWAITING_INFO','REOPENED')\").fetchone()[0])" "$out/store.sqlite")

"$vigil" serve --store "$out/store.sqlite" --port "$port" 2> "$out/serve.err" &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/login" && break
    sleep 0.1
done
token=$(head -n 1 "$out/sessions.txt" | cut -d' ' -f1)
alert=$(head -n 1 "$out/sessions.txt" | cut -d' ' -f2)
for path in "$queue" "/alerts/$alert"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: __Host-vigil_session=$token" "http://127.0.0.1:$port$path")
    [[ $code == 200 ]] || { echo "bench/dashboard.sh: GET $path answered $code, not 200" >&2; exit 1; }
done

# The server's CPU seconds (user + system) over the load, from /proc (Linux) or ps (elsewhere).
cpu_seconds() {
    if [[ -r /proc/$1/stat ]]; then
        awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"
    else
        ps -o cputime= -p "$1" | awk -F'[:-]' '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
    fi
}
load=$(uptime | sed 's/.*load average[s]*: //')
cpu_before=$(cpu_seconds "$server")
command=(wrk -t"$threads" -c"$users" -d"${duration}s" --latency -s "$script_dir/dashboard.lua" "http://127.0.0.1:$port")
SESSIONS="$out/sessions.txt" QUEUE="$queue" "${command[@]}" | tee "$out/wrk.out"
result=$(grep '^RESULT' "$out/wrk.out")
cpu_after=$(cpu_seconds "$server")
requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
cpu_ms=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN { printf "%.2f", (b - a) * 1000 / n }')
kill "$server"; wait "$server" 2> /dev/null || true
{
    echo "## Dashboard under load: $employees employees, $open_alerts open alerts, $users signed-in reviewers ($(date -u +%Y-%m-%d), $(nproc) cores)"
    echo
    echo "command: \`SESSIONS=$out/sessions.txt QUEUE=$queue ${command[*]}\`"
    echo
    echo "requests alternate GET $queue and GET /alerts/{id} (one of the signed-in reviewer's own alerts)"
    echo
    echo "| measure | value |"
    echo "|---|---|"
    for pair in ${result#RESULT }; do echo "| ${pair%%=*} | ${pair#*=} |"; done
    echo "| server_cpu_ms_per_request | $cpu_ms |"
    echo "| load_average_before | $load |"
} > "$out/dashboard-results.md"
cat "$out/dashboard-results.md"

#!/usr/bin/env bash
# The daily run at force scale: backfill an empty store, then a day's delta, then a new starter.
# Every step is timed with GNU /usr/bin/time -v (wall clock and maximum RSS); results go to
# DIR/daily-results.md.
#
# usage: bench/daily-run.sh [--employees N] [--records M] [--seed S] [--delta D] [--out DIR]
#
#   --employees N   roster size (default 15000)
#   --records M     historic person records (default 5000000; incident locations are a tenth)
#   --seed S        world seed (default 13)
#   --delta D       new or changed records in the daily delta (default 20000)
#   --out DIR       where the world, model, store and results go (default bench/data/daily-<N>x<M>);
#                   a world and model already there are reused (a model this vigil cannot read is trained again)
#
# Environment: VIGIL (default .build/release/vigil). Linux only (GNU time).
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
employees=15000 records=5000000 seed=13 delta=20000 out=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --employees) employees=$2; shift 2 ;;
        --records) records=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --delta) delta=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/daily-run.sh: unknown argument $1" >&2; exit 1 ;;
    esac
done
out=${out:-$repo/bench/data/daily-${employees}x${records}}
vigil=${VIGIL:-$repo/.build/release/vigil}
cd "$repo"
[[ -x $vigil ]] || swift build -c release --product vigil
mkdir -p "$out"
world="$out/world"

timed() { # label, command...: runs it under GNU time, prints and records wall seconds and peak RSS
    local label=$1; shift
    /usr/bin/time -v "$@" > "$out/$label.out" 2> "$out/$label.time" || { cat "$out/$label.time" >&2; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out/$label.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/$label.time")
    printf '| %s | %s s | %s MB |\n' "$label" "$wall" "$rss" | tee -a "$out/daily-results.md"
}

if [[ ! -f $world/world.json ]] || ! grep -q "\"personRecords\" : $records" "$world/world.json"; then
    "$vigil" generate --employees "$employees" --records "$records" --seed "$seed" --out "$world"
fi
# A model this vigil cannot read (trained by another version) is trained again.
"$vigil" explain --model "$out/model.json" >/dev/null 2>&1 || "$vigil" train --roster "$world/roster.csv" --records "$world/person_records.csv" \
    --locations "$world/incident_locations.csv" --rejects "$out/train-rejects.csv" --out "$out/model.json"
python3 "$script_dir/make_delta.py" "$world" "$out" --count "$delta"

config() { # name, roster, records source line(s)
    cat > "$out/$1.yaml" <<YAML
store: store.sqlite
model: model.json
roster: $2
rejects: rejects
sources:
$3
YAML
}
config backfill world/roster.csv "  - {name: records, kind: person_records, path: world/person_records.csv}
  - {name: incidents, kind: incident_locations, path: world/incident_locations.csv}"
config delta world/roster.csv "  - {name: records, kind: person_records, path: delta.csv, mode: delta}"
config new-starter roster-new-starter.csv "  - {name: records, kind: person_records, path: delta-empty.csv, mode: delta}"

rm -f "$out"/store.sqlite*
{
    echo "## Daily run: $employees employees, $records person records, seed $seed ($(date -u +%Y-%m-%d), $(nproc) cores)"
    echo
    echo "| step | wall | peak RSS |"
    echo "|---|---|---|"
} > "$out/daily-results.md"
timed backfill "$vigil" run --config "$out/backfill.yaml"
timed "delta-$delta" "$vigil" run --config "$out/delta.yaml"
timed new-starter "$vigil" run --config "$out/new-starter.yaml"
for step in backfill "delta-$delta" new-starter; do
    { echo; echo "$step:"; sed 's/^/    /' "$out/$step.out"; } >> "$out/daily-results.md"
done
echo "results: $out/daily-results.md"

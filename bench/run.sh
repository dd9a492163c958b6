#!/usr/bin/env bash
# Vigil and Splink side by side, on the same data, in the same run; writes DIR/results.json and prints a
# Markdown table. Every step is timed with GNU /usr/bin/time -v (wall clock and maximum RSS), one at a time.
#
# usage: bench/run.sh [--employees N] [--records M] [--seed S] [--threshold P] [--out DIR]
#                     [--skip-splink] [--febrl]
#
#   --employees N   roster size of the generated world (default 12000)
#   --records M     person records in the generated world (default 1000000)
#   --seed S        world seed (default 11)
#   --threshold P   match probability for the "at threshold" figures, the same for both tools
#                   (default 0.9, Vigil's model default)
#   --out DIR       where the world and results go (default bench/data/run-<employees>x<records>);
#                   a world already in DIR with the same parameters is reused
#   --skip-splink   Vigil (and the DuckDB count, if the venv exists) only
#   --febrl         also FEBRL4 (dataset4a vs dataset4b): Vigil, and Splink's febrl.py (both variants)
#
# Environment: SPLINK_PYTHON (default bench/.venv/bin/python), VIGIL (default .build/release/vigil),
# FEBRL_DIR (default ../shared/data/febrl, beside the repository). Linux only (GNU time).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
caller_dir=$(pwd)

employees=12000
records=1000000
seed=11
threshold=0.9
out=""
skip_splink=0
febrl=0

die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
need_value() { [[ $# -ge 2 && -n "$2" ]] || { usage >&2; die "$1 needs a value"; }; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --employees) need_value "$@"; employees=$2; shift 2 ;;
        --records) need_value "$@"; records=$2; shift 2 ;;
        --seed) need_value "$@"; seed=$2; shift 2 ;;
        --threshold) need_value "$@"; threshold=$2; shift 2 ;;
        --out) need_value "$@"; out=$2; shift 2 ;;
        --skip-splink) skip_splink=1; shift ;;
        --febrl) febrl=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
[[ $employees =~ ^[1-9][0-9]*$ ]] || die "--employees must be a positive integer"
[[ $records =~ ^[1-9][0-9]*$ ]] || die "--records must be a positive integer"
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer"
[[ $threshold =~ ^0?\.[0-9]+$ ]] || die "--threshold must be a probability strictly between 0 and 1, e.g. 0.9"

# Paths given by the caller are relative to where they ran the script; everything runs from the repository
# root, and paths under it are kept relative so that the recorded commands can be pasted from there.
abs_from_caller() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$caller_dir" "$1" ;; esac; }
from_repo() { realpath -m -s --relative-base="$repo" "$1"; }

if [[ -z $out ]]; then out=bench/data/run-${employees}x${records}; else out=$(from_repo "$(abs_from_caller "$out")"); fi
vigil=${VIGIL:-.build/release/vigil}
[[ -n ${VIGIL:-} ]] && vigil=$(from_repo "$(abs_from_caller "$VIGIL")")
py=${SPLINK_PYTHON:-bench/.venv/bin/python}
[[ -n ${SPLINK_PYTHON:-} ]] && py=$(from_repo "$(abs_from_caller "$SPLINK_PYTHON")")
febrl_dir=${FEBRL_DIR:-$(realpath -m -s --relative-to="$repo" "$script_dir/../../shared/data/febrl")}
[[ -n ${FEBRL_DIR:-} ]] && febrl_dir=$(from_repo "$(abs_from_caller "$FEBRL_DIR")")
cd "$repo"

# ---- preflight: fail early, saying how to fix it
[[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1 \
    || die "needs GNU time at /usr/bin/time (with -v); on Debian/Ubuntu: apt-get install time"
command -v python3 >/dev/null || die "needs python3 (stdlib only) for the summary"
[[ -x $vigil ]] || die "no Vigil binary at $vigil; build it from the repository root with: swift build -c release"

venv_hint="create it from the repository root with:
  python3 -m venv bench/.venv && bench/.venv/bin/pip install -r bench/splink/requirements.txt
or point SPLINK_PYTHON at an existing one (e.g. SPLINK_PYTHON=/path/to/.venv/bin/python bench/run.sh ...)"
have_duckdb=0
if [[ -x $py ]] && "$py" -c 'import duckdb' >/dev/null 2>&1; then have_duckdb=1; fi
if [[ $skip_splink -eq 0 ]]; then
    [[ -x $py ]] || die "no Splink venv python at $py; $venv_hint"
    "$py" -c 'import splink, duckdb' >/dev/null 2>&1 \
        || die "$py cannot import splink and duckdb; $venv_hint"
elif [[ $have_duckdb -eq 0 ]]; then
    printf 'bench/run.sh: note: no DuckDB at %s, so the DuckDB count (the one-pass floor) is skipped\n' "$py" >&2
fi
if [[ $febrl -eq 1 ]]; then
    for f in dataset4a.csv dataset4b.csv; do
        [[ -f $febrl_dir/$f ]] || die "FEBRL4 not found: $febrl_dir/$f (set FEBRL_DIR to the folder holding it)"
    done
fi

started=$(date +%Y-%m-%dT%H:%M:%S%z)
logs=$out/logs
mkdir -p "$out" "$logs" "$out/vigil"
[[ $skip_splink -eq 0 ]] && mkdir -p "$out/splink"
[[ $febrl -eq 1 ]] && mkdir -p "$out/febrl"
rm -f "$out/duckdb-count.json" "$out"/vigil/evaluate-*.json "$out/splink/link.json" "$out/febrl/evaluate.json" \
    "$out/febrl/splink.json" "$logs"/*.time "$logs"/*.rc "$logs/commands.tsv" "$out/results.json"

# run_step NAME OK_CODES STDOUT_FILE CMD...: runs CMD under /usr/bin/time -v (report in logs/NAME.time),
# stdout to STDOUT_FILE (or logs/NAME.out when "-"), stderr to logs/NAME.err; records the command line.
# OK_CODES is a comma-separated list of acceptable exit codes (Vigil exits 3 when rows were rejected).
run_step() {
    local name=$1 ok=$2 stdout=$3
    shift 3
    [[ $stdout == - ]] && stdout=$logs/$name.out
    local line
    line=$(printf '%q ' "$@")
    line=${line% }
    [[ $stdout != "$logs/$name.out" ]] && line+=" > $(printf '%q' "$stdout")"
    printf '%s\t%s\n' "$name" "$line" >>"$logs/commands.tsv"
    printf '==> %-16s %s\n' "$name" "$line" >&2
    local rc=0
    /usr/bin/time -v -o "$logs/$name.time" "$@" >"$stdout" 2>"$logs/$name.err" || rc=$?
    echo "$rc" >"$logs/$name.rc"
    if [[ ,$ok, != *,$rc,* ]]; then
        printf 'bench/run.sh: step %s failed (exit %s); last lines of %s:\n' "$name" "$rc" "$logs/$name.err" >&2
        tail -n 20 "$logs/$name.err" >&2
        exit 1
    fi
    if [[ $rc -eq 3 ]]; then
        printf '    (exit 3: some rows were rejected; see the rejects file named in %s)\n' "$logs/$name.err" >&2
    fi
}

# ---- 1. the world
world_reused=0
if python3 - "$out/world.json" "$employees" "$records" "$seed" <<'EOF'
import json, os, sys
path, employees, records, seed = sys.argv[1], *map(int, sys.argv[2:])
try:
    p = json.load(open(path))["parameters"]
except (OSError, ValueError, KeyError):
    sys.exit(1)
folder = os.path.dirname(path)
files = ["roster.csv", "person_records.csv", "incident_locations.csv", "truth_person.csv", "truth_address.csv"]
same = (p.get("employees"), p.get("personRecords"), p.get("seed"), p.get("incidentLocations")) == \
       (employees, records, seed, records // 10)
sys.exit(0 if same and all(os.path.isfile(os.path.join(folder, f)) for f in files) else 1)
EOF
then
    world_reused=1
    printf 'generate\t# reused, same parameters: %s\n' \
        "$(printf '%q ' "$vigil" generate --employees "$employees" --records "$records" --seed "$seed" --out "$out")" \
        >>"$logs/commands.tsv"
    printf '==> %-16s %s already holds the world (%s employees, %s records, seed %s)\n' \
        generate "$out" "$employees" "$records" "$seed" >&2
else
    run_step generate 0 - "$vigil" generate --employees "$employees" --records "$records" --seed "$seed" --out "$out"
fi

# ---- 2. the one-pass floor: DuckDB counting the person records' rows, best of 3
if [[ $have_duckdb -eq 1 ]]; then
    run_step duckdb-count 0 - "$py" bench/splink/count_rows.py "$out/person_records.csv" \
        --threads 2 --repeat 3 --json "$out/duckdb-count.json"
fi

# ---- 3. Vigil
run_step vigil-train 0,3 - "$vigil" train --roster "$out/roster.csv" --records "$out/person_records.csv" \
    --locations "$out/incident_locations.csv" --out "$out/vigil/model.json" --rejects "$out/vigil/train-rejects.csv"
run_step vigil-link 0,3 - "$vigil" link --model "$out/vigil/model.json" --roster "$out/roster.csv" \
    --records "$out/person_records.csv" --threshold "$threshold" --out "$out/vigil/matches.csv" \
    --rejects "$out/vigil/link-rejects.csv"
run_step vigil-evaluate 0,3 "$out/vigil/evaluate-person.json" "$vigil" evaluate --model "$out/vigil/model.json" \
    --roster "$out/roster.csv" --records "$out/person_records.csv" --truth "$out/truth_person.csv" \
    --threshold "$threshold" --json --rejects "$out/vigil/evaluate-rejects.csv"
run_step vigil-evaluate-address 0,3 "$out/vigil/evaluate-address.json" "$vigil" evaluate \
    --model "$out/vigil/model.json" --roster "$out/roster.csv" --locations "$out/incident_locations.csv" \
    --address-truth "$out/truth_address.csv" --json --rejects "$out/vigil/evaluate-address-rejects.csv"

# ---- 4. Splink
if [[ $skip_splink -eq 0 ]]; then
    run_step splink-link 0 - "$py" bench/splink/link.py --roster "$out/roster.csv" \
        --records "$out/person_records.csv" --truth "$out/truth_person.csv" --threshold "$threshold" \
        --threads 2 --out "$out/splink/link.json"
fi

# ---- 5. FEBRL4
if [[ $febrl -eq 1 ]]; then
    fo=$out/febrl
    # truth: rec-N-dup-0 in dataset4b (the records) <-> rec-N-org in dataset4a (the roster)
    python3 - "$febrl_dir" "$fo/truth_febrl.csv" <<'EOF'
import csv, os, re, sys
data, target = sys.argv[1:]
def ids(name, pattern):
    with open(os.path.join(data, name), newline="") as f:
        rows = csv.reader(f, skipinitialspace=True)
        next(rows)
        return {m.group(1): row[0].strip() for row in rows if row and (m := re.fullmatch(pattern, row[0].strip()))}
originals = ids("dataset4a.csv", r"rec-(\d+)-org")
duplicates = ids("dataset4b.csv", r"rec-(\d+)-dup-0")
with open(target, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["record_id", "employee_id"])
    pairs = sorted((duplicates[n], originals[n]) for n in duplicates.keys() & originals.keys())
    w.writerows(pairs)
print(f"==> febrl-truth       {len(pairs)} pairs written to {target}", file=sys.stderr)
EOF
    febrl_maps=(--roster "$febrl_dir/dataset4a.csv" --roster-mapping bench/mappings/febrl-roster.yaml
                --records "$febrl_dir/dataset4b.csv" --records-mapping bench/mappings/febrl-records.yaml)
    run_step febrl-vigil-train 0,3 - "$vigil" train "${febrl_maps[@]}" --out "$fo/model.json" \
        --rejects "$fo/train-rejects.csv"
    run_step febrl-vigil-link 0,3 - "$vigil" link --model "$fo/model.json" "${febrl_maps[@]}" \
        --threshold "$threshold" --out "$fo/matches.csv" --rejects "$fo/link-rejects.csv"
    run_step febrl-vigil-evaluate 0,3 "$fo/evaluate.json" "$vigil" evaluate --model "$fo/model.json" \
        "${febrl_maps[@]}" --truth "$fo/truth_febrl.csv" --threshold "$threshold" --json \
        --rejects "$fo/evaluate-rejects.csv"
    if [[ $skip_splink -eq 0 ]]; then
        run_step febrl-splink 0 - "$py" bench/splink/febrl.py --data "$febrl_dir" --variant both \
            --threshold "$threshold" --threads 2 --out "$fo/splink.json"
    fi
fi

# ---- 6. results.json and the table
python3 bench/summarise.py --out "$out" --employees "$employees" --records "$records" --seed "$seed" \
    --threshold "$threshold" --started "$started" --world-reused "$world_reused" --skip-splink "$skip_splink" --febrl "$febrl" \
    --vigil "$vigil" --python "$py" --febrl-dir "$febrl_dir"

#!/usr/bin/env bash
# Instructions and cache misses per record in the linkage engine's hot paths, counted by callgrind on
# one thread: the same for the same code and data whatever else the machine is doing, so a change of a
# few percent can be judged where wall-clock timings move by tens of percent (see bench/ab.sh for those).
#
# usage: bench/callgrind/count.sh [--world DIR] [--records N] [--model FILE] [--source DIR]
#
#   --world DIR   a world made by bench/run.sh or vigil generate (default bench/data/run-12000x1000000)
#   --records N   how many of its person records to use (default 20000)
#   --model FILE  a model this source tree can read (default DIR/vigil/model.json)
#   --source DIR  the repository whose Sources/VigilCore is counted (default this one); give a second
#                 checkout (git worktree) to count a change against its base on the same data
#
# Builds a harness (harness.swift) with swiftc from Sources/VigilCore, runs it under callgrind for one
# round and for three in each mode, and prints the difference per record and round: feature extraction
# (features), features and blocking (block), features, blocking and scoring with the linker's floor
# (score). The cache is simulated with a 2 MB last level, like this machine's L2. Needs valgrind and
# python3. Each mode takes about a minute at 20,000 records on two cores.
set -euo pipefail

world=bench/data/run-12000x1000000
records=20000
model=
source=.

die() { printf 'bench/callgrind/count.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --world) [[ $# -ge 2 ]] || die "--world needs a value"; world=$2; shift 2 ;;
        --records) [[ $# -ge 2 ]] || die "--records needs a value"; records=$2; shift 2 ;;
        --model) [[ $# -ge 2 ]] || die "--model needs a value"; model=$2; shift 2 ;;
        --source) [[ $# -ge 2 ]] || die "--source needs a value"; source=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
[[ $records =~ ^[1-9][0-9]*$ ]] || die "--records must be a positive integer"
model=${model:-$world/vigil/model.json}
[[ -f $world/roster.csv && -f $world/person_records.csv ]] || die "no roster.csv and person_records.csv in $world"
[[ -f $model ]] || die "no model at $model (run bench/run.sh or vigil train first)"
[[ -d $source/Sources/VigilCore ]] || die "no Sources/VigilCore in $source"
command -v valgrind >/dev/null || die "valgrind is not installed"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$world" "$records" "$work" <<'PY'
import csv, sys
world, limit, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def clean(value):
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")
def convert(name, columns, limit=None):
    with open(f"{world}/{name}.csv", newline="", encoding="utf-8") as source, open(f"{out}/{name}.tsv", "w") as target:
        for number, row in enumerate(csv.DictReader(source)):
            if limit is not None and number >= limit:
                break
            target.write("\t".join(clean(row.get(column) or "") for column in columns) + "\n")
convert("roster", ["employee_id", "forenames", "surname", "date_of_birth", "address_line", "town", "postcode",
                   "previous_surnames", "uprn"])
convert("person_records", ["record_id", "forenames", "surname", "date_of_birth", "address_line", "town", "postcode",
                           "uprn"], limit)
PY

mapfile -t core < <(find "$source/Sources/VigilCore" -name '*.swift' | sort)
swiftc -O -wmo -module-name harness -parse-as-library "${core[@]}" "$here/harness.swift" -o "$work/harness" 2>"$work/build.log" \
    || { cat "$work/build.log" >&2; die "the harness did not build"; }

count() {  # mode rounds -> the events line of callgrind's summary
    # Swift seeds its hashing afresh in every process unless told not to; seeded, counts would wander.
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --cache-sim=yes --LL=2097152,16,64 --callgrind-out-file="$work/out.$1.$2" \
        "$work/harness" "$model" "$work/roster.tsv" "$work/person_records.tsv" "$2" "$1" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : //p'
}

printf '| mode | instructions | L1 data misses | 2 MB cache misses |\n|---|---|---|---|\n'
for mode in features block score; do
    # The two runs of a mode go side by side, one per core.
    count "$mode" 1 >"$work/one" &
    count "$mode" 3 >"$work/three"
    wait $!
    one=$(<"$work/one")
    three=$(<"$work/three")
    [[ -n $one && -n $three ]] || die "callgrind did not finish the $mode runs"
    python3 - "$mode" "$records" "$one" "$three" <<'PY'
import sys
mode, records = sys.argv[1], int(sys.argv[2])
one, three = (list(map(int, text.split())) for text in sys.argv[3:5])
# Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw
per = [(b - a) / (2 * records) for a, b in zip(one, three)]
print(f"| {mode} | {per[0]:,.0f} | {per[4] + per[5]:,.1f} | {per[7] + per[8]:,.1f} |")
PY
done

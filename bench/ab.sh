#!/usr/bin/env bash
# Two vigil binaries compared on the same world, their runs interleaved: old, new, old, new, ... On a
# shared machine whose speed drifts by tens of percent from minute to minute, a before/after pair of
# separate bench runs cannot show a change of a few percent; alternating runs see the same drift.
# Also checks the two give the same output: the model (without its trainedAt) and the matches, byte for byte.
#
# usage: bench/ab.sh [--runs N] [--step link|train|both] [--world DIR] OLD_VIGIL NEW_VIGIL
#
#   --runs N     runs of each binary per step (default 4)
#   --step S     what to time: link (default), train, or both
#   --world DIR  a world made by bench/run.sh or vigil generate (default bench/data/run-12000x1000000)
#
# Link runs use a model the old binary trains into DIR/ab/ (once, untimed, unless one is there).
# Prints a Markdown table: each run's wall seconds and CPU seconds (user + system), and the medians.
# Linux only (GNU time).
set -euo pipefail

runs=4
step=link
world=bench/data/run-12000x1000000

die() { printf 'bench/ab.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
        --step) [[ $# -ge 2 ]] || die "--step needs a value"; step=$2; shift 2 ;;
        --world) [[ $# -ge 2 ]] || die "--world needs a value"; world=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) usage >&2; die "unknown option: $1" ;;
        *) break ;;
    esac
done
[[ $# -eq 2 ]] || { usage >&2; die "give the old and the new vigil binary"; }
old=$1
new=$2
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
[[ $step == link || $step == train || $step == both ]] || die "--step must be link, train or both"
[[ -x $old && -x $new ]] || die "both binaries must exist and be executable"
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
for f in roster.csv person_records.csv incident_locations.csv; do
    [[ -f $world/$f ]] || die "no $world/$f; make a world with bench/run.sh or vigil generate first"
done

work=$world/ab
mkdir -p "$work"
train_args=(train --roster "$world/roster.csv" --records "$world/person_records.csv"
    --locations "$world/incident_locations.csv" --rejects "$work/train-rejects.csv")
model=$work/model.json
if [[ ! -f $model ]] || ! "$old" explain --model "$model" >/dev/null 2>&1; then
    printf 'bench/ab.sh: training %s with the old binary (untimed)\n' "$model" >&2
    "$old" "${train_args[@]}" --out "$model" >/dev/null 2>&1 || die "the old binary could not train a model"
fi

# time_run LABEL CMD...: runs CMD under GNU time; appends "wall cpu" to $work/LABEL.times.
# Exit 3 means "completed with rejects", which is fine here.
time_run() {
    local label=$1 rc=0
    shift
    /usr/bin/time -f '%e %U %S' -o "$work/time.tmp" "$@" >/dev/null 2>"$work/$label.err" || rc=$?
    [[ $rc -eq 0 || $rc -eq 3 ]] || { tail -n 5 "$work/$label.err" >&2; die "$label failed (exit $rc)"; }
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time.tmp" >>"$work/$label.times"
}

steps=()
[[ $step == link || $step == both ]] && steps+=(link)
[[ $step == train || $step == both ]] && steps+=(train)
for s in "${steps[@]}"; do rm -f "$work/$s-old.times" "$work/$s-new.times"; done

for ((i = 1; i <= runs; i++)); do
    for s in "${steps[@]}"; do
        for side in old new; do
            binary=$old
            [[ $side == new ]] && binary=$new
            if [[ $s == link ]]; then
                time_run "link-$side" "$binary" link --model "$model" --roster "$world/roster.csv" \
                    --records "$world/person_records.csv" --out "$work/matches-$side.csv" \
                    --rejects "$work/link-rejects-$side.csv"
            else
                time_run "train-$side" "$binary" "${train_args[@]}" --out "$work/model-$side.json"
            fi
        done
    done
    printf 'bench/ab.sh: round %d of %d done\n' "$i" "$runs" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '| step | binary | wall s (each run) | CPU s (each run) | median wall | median CPU |\n'
printf '|---|---|---|---|---|---|\n'
for s in "${steps[@]}"; do
    for side in old new; do
        file=$work/$s-$side.times
        walls=$(cut -d' ' -f1 "$file" | paste -sd' ')
        cpus=$(cut -d' ' -f2 "$file" | paste -sd' ')
        printf '| %s | %s | %s | %s | %s | %s |\n' "$s" "$side" "$walls" "$cpus" \
            "$(cut -d' ' -f1 "$file" | median)" "$(cut -d' ' -f2 "$file" | median)"
    done
done
for s in "${steps[@]}"; do
    if [[ $s == link ]]; then
        if cmp -s "$work/matches-old.csv" "$work/matches-new.csv"; then
            printf '\nlink: the matches are identical\n'
        else
            printf '\nlink: the matches DIFFER (%s vs %s)\n' "$work/matches-old.csv" "$work/matches-new.csv"
        fi
    else
        if diff -q <(grep -v '"trainedAt"' "$work/model-old.json") <(grep -v '"trainedAt"' "$work/model-new.json") \
            >/dev/null; then
            printf '\ntrain: the models are identical (trainedAt aside)\n'
        else
            printf '\ntrain: the models DIFFER (%s vs %s)\n' "$work/model-old.json" "$work/model-new.json"
        fi
    fi
done

#!/usr/bin/env python3
"""Splink peer: link a canonical roster to canonical person records, as a competent Splink user would.

The model follows the Splink docs' link_only workflow (DuckDB backend):
  comparisons  first forename and surname (NameComparison: exact with term-frequency adjustment,
               Jaro-Winkler 0.92 / 0.88 / 0.7), date of birth (DateOfBirthComparison), postcode
               (PostcodeComparison: full / sector / district / area), address (full line exact,
               house number + street Jaro-Winkler, same street)
  blocking     dob; surname + year of birth; first forename + surname; postcode
  training     estimate_probability_two_random_records_match (deterministic rules, recall 0.7),
               estimate_u_using_random_sampling(max_pairs), EM blocked on dob, then on postcode
  predict      every blocked pair is scored (no threshold), so that blocking recall, the best F1 and
               the precision at recall 0.95 can be read off the same run

Evaluation is one-to-one, like Vigil: each record keeps its best employee (see evaluate.py).

  python bench/splink/link.py --roster roster.csv --records person_records.csv \
      --truth truth_person.csv --threshold 0.5 --threads 2 --out results.json
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import sys
import time

import duckdb
import splink
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import at_threshold, best_per_record, fmt, prf, sweep  # noqa: E402

# One normalisation for both sides, so both Splink input tables have identical columns.
# Names: upper case, punctuation to spaces, first forename token kept apart. Postcode: upper case,
# spaces removed then one space before the inward code. Address: first number (with an optional
# letter, "12A") is the house number, the text after it the street.
NORMALISE_SQL = """
CREATE OR REPLACE TABLE {target} AS
WITH raw AS (
    SELECT
        {id_col} AS unique_id,
        nullif(trim(regexp_replace(upper(forenames), '[^A-Z ]', ' ', 'g')), '') AS fn,
        nullif(trim(regexp_replace(upper(surname), '[^A-Z ''-]', ' ', 'g')), '') AS sn,
        try_cast(nullif(trim(date_of_birth), '') AS DATE) AS dob,
        nullif(trim(regexp_replace(upper(address_line), '[^A-Z0-9 ]', ' ', 'g')), '') AS addr,
        nullif(trim(upper(town)), '') AS town,
        nullif(regexp_replace(upper(postcode), '[^A-Z0-9]', '', 'g'), '') AS pc
    FROM {source}
)
SELECT
    unique_id,
    nullif(split_part(regexp_replace(fn, ' +', ' ', 'g'), ' ', 1), '') AS first_forename,
    regexp_replace(sn, ' +', ' ', 'g') AS surname,
    dob,
    CAST(year(dob) AS VARCHAR) AS year_of_birth,
    regexp_replace(addr, ' +', ' ', 'g') AS address_line,
    nullif(regexp_extract(addr, '([0-9]+[A-Z]?)\\b', 1), '') AS house_number,
    nullif(trim(regexp_replace(regexp_replace(addr, '^.*?[0-9]+[A-Z]?\\b', ''), ' +', ' ', 'g')), '')
        AS street,
    town,
    CASE WHEN length(pc) >= 5 THEN left(pc, length(pc) - 3) || ' ' || right(pc, 3) ELSE pc END
        AS postcode
FROM raw
"""


def settings() -> SettingsCreator:
    address = cl.CustomComparison(
        output_column_name="address",
        comparison_description="house number and street",
        comparison_levels=[
            cll.NullLevel("address_line"),
            cll.ExactMatchLevel("address_line"),
            cll.And(cll.ExactMatchLevel("house_number"), cll.JaroWinklerLevel("street", 0.9)),
            cll.ExactMatchLevel("street"),
            cll.ElseLevel(),
        ],
    )
    return SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        comparisons=[
            cl.NameComparison("first_forename").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison("dob", input_is_string=False),
            cl.PostcodeComparison("postcode"),
            address,
        ],
        blocking_rules_to_generate_predictions=[
            block_on("dob"),
            block_on("surname", "year_of_birth"),
            block_on("first_forename", "surname"),
            block_on("postcode"),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


DETERMINISTIC_RULES = [
    block_on("first_forename", "surname", "dob"),
    block_on("surname", "dob", "postcode"),
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--roster", required=True)
    ap.add_argument("--records", required=True)
    ap.add_argument("--truth", required=True, help="CSV with record_id, employee_id")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-pairs", type=float, default=1e7, help="for estimate_u_using_random_sampling")
    ap.add_argument("--prior-recall", type=float, default=0.7, help="assumed recall of deterministic rules")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", default="results.json")
    ap.add_argument("--verbose", action="store_true", help="Splink INFO logging")
    a = ap.parse_args()

    timings: dict[str, float] = {}
    t_start = time.perf_counter()

    # ---- load: CSV -> DuckDB tables -> normalised Splink inputs
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads TO {a.threads}")
    con.execute("SET preserve_insertion_order = false")
    for name, path in (("roster_raw", a.roster), ("records_raw", a.records)):
        con.execute(
            f"CREATE TABLE {name} AS SELECT * FROM read_csv(?, header = true, all_varchar = true)",
            [path],
        )
    con.execute(NORMALISE_SQL.format(target="vigil_roster", source="roster_raw", id_col="employee_id"))
    con.execute(NORMALISE_SQL.format(target="vigil_records", source="records_raw", id_col="record_id"))
    db_api = DuckDBAPI(connection=con)
    sdf_roster = db_api.register("vigil_roster", dataset_display_name="roster")
    sdf_records = db_api.register("vigil_records", dataset_display_name="records")
    linker = Linker([sdf_roster, sdf_records], settings(),
                    log_level=logging.INFO if a.verbose else logging.WARNING)
    n_roster = con.execute("SELECT count(*) FROM vigil_roster").fetchall()[0][0]
    n_records = con.execute("SELECT count(*) FROM vigil_records").fetchall()[0][0]
    timings["load_s"] = time.perf_counter() - t_start

    # ---- train
    t = time.perf_counter()
    linker.training.estimate_probability_two_random_records_match(DETERMINISTIC_RULES, recall=a.prior_recall)
    linker.training.estimate_u_using_random_sampling(max_pairs=a.max_pairs, seed=a.seed)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))
    timings["train_s"] = time.perf_counter() - t

    # ---- link: score every blocked pair, then keep each record's best employee
    t = time.perf_counter()
    pred = linker.inference.predict(threshold_match_probability=None)
    timings["predict_s"] = time.perf_counter() - t
    t = time.perf_counter()
    best_per_record(con, pred.physical_name, "records", "record_id", "employee_id")
    n_links = con.execute("SELECT count(*) FROM best WHERE p >= ?", [a.threshold]).fetchall()[0][0]
    timings["one_to_one_s"] = time.perf_counter() - t
    timings["link_s"] = timings["predict_s"] + timings["one_to_one_s"]
    timings["total_s"] = time.perf_counter() - t_start

    # ---- evaluate (not timed as part of the run)
    t = time.perf_counter()
    con.execute("CREATE TABLE truth AS SELECT DISTINCT record_id, employee_id "
                "FROM read_csv(?, header = true, all_varchar = true)", [a.truth])
    truth_n = con.execute("SELECT count(*) FROM truth").fetchall()[0][0]
    n_pairs = con.execute("SELECT count(*) FROM pairs").fetchall()[0][0]
    blocked_true = con.execute(
        "SELECT count(*) FROM truth JOIN pairs USING (record_id, employee_id)").fetchall()[0][0]
    best = con.execute("""
        SELECT b.record_id, b.employee_id, b.p, b.w, t.record_id IS NOT NULL
        FROM best b LEFT JOIN truth t USING (record_id, employee_id)""").fetchall()
    pairwise_tp, pairwise_n = con.execute("""
        SELECT count(t.record_id), count(*) FROM pairs p
        LEFT JOIN truth t USING (record_id, employee_id) WHERE p.p >= ?""", [a.threshold]).fetchall()[0]
    one = at_threshold(best, truth_n, a.threshold)
    sw = sweep(best, truth_n, 0.95)
    timings["evaluate_s"] = time.perf_counter() - t

    s = linker._settings_obj
    result = {
        "tool": "splink",
        "versions": {"splink": splink.__version__, "duckdb": duckdb.__version__,
                     "python": platform.python_version()},
        "inputs": {"roster": a.roster, "records": a.records, "truth": a.truth,
                   "roster_rows": n_roster, "record_rows": n_records, "truth_pairs": truth_n},
        "config": {"threads": a.threads, "threshold": a.threshold, "max_pairs_u": a.max_pairs,
                   "prior_recall": a.prior_recall, "seed": a.seed,
                   "probability_two_random_records_match": s._probability_two_random_records_match,
                   "blocking_rules": [br.blocking_rule_sql for br in s._blocking_rules_to_generate_predictions],
                   "comparisons": [c.output_column_name for c in s.comparisons]},
        "blocking": {"pairs_scored": n_pairs, "truth_pairs_blocked": blocked_true,
                     "blocking_recall": blocked_true / truth_n if truth_n else None},
        "one_to_one": {"links_at_threshold": n_links, "at_threshold": one, **sw},
        "pairwise_at_threshold": prf(pairwise_tp, pairwise_n, truth_n),
        "timings": timings,
        "peak_rss_mb": peak_rss_mb(),
    }
    with open(a.out, "w") as f:
        json.dump(result, f, indent=2)

    r95 = sw["at_recall_0.95"]
    rows = [
        ("roster / records / truth pairs", f"{n_roster} / {n_records} / {truth_n}"),
        ("pairs scored (blocked)", n_pairs),
        ("blocking recall", fmt(result["blocking"]["blocking_recall"])),
        (f"one-to-one P / R / F1 @ {a.threshold}",
         f"{fmt(one['precision'])} / {fmt(one['recall'])} / {fmt(one['f1'])}"),
        ("best F1 (at p)", f"{fmt(sw['best_f1'].get('f1'))} ({fmt(sw['best_f1'].get('threshold'))})"),
        ("precision @ recall 0.95", fmt(r95["precision"]) if r95 else "not reached"),
        ("pairwise P / R / F1", "{} / {} / {}".format(*(fmt(result["pairwise_at_threshold"][k])
                                                         for k in ("precision", "recall", "f1")))),
        ("load / train / link / total s",
         " / ".join(f"{timings[k]:.2f}" for k in ("load_s", "train_s", "link_s", "total_s"))),
        ("peak RSS MB", f"{result['peak_rss_mb']:.0f}"),
    ]
    w = max(len(k) for k, _ in rows)
    print(f"Splink {splink.__version__} / DuckDB {duckdb.__version__}, {a.threads} threads")
    for k, v in rows:
        print(f"  {k:<{w}}  {v}")
    print(f"  wrote {a.out}")


if __name__ == "__main__":
    main()

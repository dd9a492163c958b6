#!/usr/bin/env python3
"""Splink peer on FEBRL4 (dataset4a originals vs dataset4b duplicates), an external accuracy check.

Two models, each trained and run from scratch on its own DuckDB connection:

  example  Splink's own FEBRL4 example ("detailed" model in the Splink docs, duckdb/febrl4):
           NameComparison on given_name and surname (term frequencies), DateOfBirthComparison
           (%Y%m%d), Damerau-Levenshtein 1/2 on soc_sec_id, exact street_number (tf),
           Damerau-Levenshtein 1/2 on postcode (tf); the example's blocking rules; prior from
           deterministic rules (soc_sec_id; given_name+surname+dob) at recall 0.8;
           u from random sampling (max_pairs 1e6, as in the example); EM blocked on date_of_birth,
           then on postcode, without term frequencies.
  no_ssn   The same workflow without soc_sec_id, because Vigil's canonical fields have none:
           names, dob, street_number + address_1, suburb, postcode. soc_sec_id is dropped from the
           blocking and deterministic rules too (the latter use given_name+surname+dob and
           dob+postcode+street_number).

Data preparation: every field is trimmed (the files have a space after each comma) and empty
becomes NULL. The example strips only some columns in pandas; trimming all is what a careful
user does and cannot hurt Splink.

Truth: rec-N-org in 4a matches rec-N-dup-0 in 4b (5,000 pairs). Figures are reported both
pairwise (every scored pair at p >= threshold, how the Splink example counts) and one-to-one
(each 4b record keeps its best 4a record, how Vigil counts).

  python bench/splink/febrl.py --data ../shared/data/febrl --threads 2 --out febrl.json
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
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import at_threshold, best_per_record, fmt, prf, sweep  # noqa: E402

COLUMNS = ["rec_id", "given_name", "surname", "street_number", "address_1", "address_2", "suburb",
           "postcode", "state", "date_of_birth", "soc_sec_id"]

# shared/ sits beside the repository (as in DEVELOPERS.md: ../shared/STYLE.md)
DEFAULT_DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                            "..", "..", "..", "shared", "data", "febrl"))

EXAMPLE_BLOCKING = [
    block_on("given_name", "surname"),
    "l.given_name = r.surname and l.surname = r.given_name",
    block_on("date_of_birth"),
    block_on("soc_sec_id"),
    block_on("state", "address_1"),
    block_on("street_number", "address_1"),
    block_on("postcode"),
]


def model(variant: str):
    """(settings, deterministic rules, recall, u max_pairs) for a variant."""
    dob = cl.DateOfBirthComparison("date_of_birth", input_is_string=True, datetime_format="%Y%m%d",
                                   invalid_dates_as_null=True)
    names = [
        cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
        cl.NameComparison("surname").configure(term_frequency_adjustments=True),
    ]
    postcode = cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(
        term_frequency_adjustments=True)
    if variant == "example":
        comparisons = [*names, dob, cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
                       cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
                       postcode]
        blocking = EXAMPLE_BLOCKING
        deterministic = [block_on("soc_sec_id"), block_on("given_name", "surname", "date_of_birth")]
    elif variant == "no_ssn":
        comparisons = [*names, dob,
                       cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
                       cl.JaroWinklerAtThresholds("address_1", [0.92, 0.8]),
                       cl.JaroWinklerAtThresholds("suburb", [0.92, 0.8]).configure(
                           term_frequency_adjustments=True),
                       postcode]
        blocking = [br for br in EXAMPLE_BLOCKING
                    if not (hasattr(br, "get_blocking_rule") and "soc_sec_id" in
                            br.get_blocking_rule("duckdb").blocking_rule_sql)]
        deterministic = [block_on("given_name", "surname", "date_of_birth"),
                         block_on("date_of_birth", "postcode", "street_number")]
    else:
        raise ValueError(variant)
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only",
        blocking_rules_to_generate_predictions=blocking,
        comparisons=comparisons,
        retain_intermediate_calculation_columns=True,  # as in the example
    )
    return settings, deterministic, 0.8, 1e6


def run(variant: str, data: str, threads: int, threshold: float, verbose: bool) -> dict:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads TO {threads}")
    cols = ", ".join(f"nullif(trim({c}), '') AS {c}" for c in COLUMNS)
    spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS) + "}"
    for name, file in (("febrl_a", "dataset4a.csv"), ("febrl_b", "dataset4b.csv")):
        con.execute(f"CREATE TABLE {name} AS SELECT {cols} FROM read_csv(?, header = false, skip = 1, "
                    f"delim = ',', quote = '', columns = {spec})", [os.path.join(data, file)])
    db_api = DuckDBAPI(connection=con)
    settings, deterministic, recall, max_pairs = model(variant)
    linker = Linker([db_api.register("febrl_a", dataset_display_name="a"),
                     db_api.register("febrl_b", dataset_display_name="b")], settings,
                    log_level=logging.INFO if verbose else logging.WARNING)
    timings["load_s"] = time.perf_counter() - t0

    t = time.perf_counter()
    linker.training.estimate_probability_two_random_records_match(deterministic, recall=recall)
    linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=42)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("date_of_birth"), estimate_without_term_frequencies=True)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("postcode"), estimate_without_term_frequencies=True)
    timings["train_s"] = time.perf_counter() - t

    t = time.perf_counter()
    pred = linker.inference.predict(threshold_match_probability=None)
    timings["predict_s"] = time.perf_counter() - t
    t = time.perf_counter()
    best_per_record(con, pred.physical_name, "b", "b_id", "a_id", left_id="rec_id")
    timings["one_to_one_s"] = time.perf_counter() - t
    timings["link_s"] = timings["predict_s"] + timings["one_to_one_s"]
    timings["total_s"] = time.perf_counter() - t0

    con.execute("""
        CREATE TABLE truth AS SELECT b.rec_id AS b_id, a.rec_id AS a_id
        FROM febrl_a a JOIN febrl_b b
          ON regexp_extract(a.rec_id, '^rec-([0-9]+)-org$', 1) = regexp_extract(b.rec_id, '^rec-([0-9]+)-dup-0$', 1)
        WHERE a.rec_id LIKE '%-org' AND b.rec_id LIKE '%-dup-0'""")
    truth_n = con.execute("SELECT count(*) FROM truth").fetchall()[0][0]
    n_pairs = con.execute("SELECT count(*) FROM pairs").fetchall()[0][0]
    blocked = con.execute("SELECT count(*) FROM truth JOIN pairs USING (b_id, a_id)").fetchall()[0][0]
    best = con.execute("""SELECT x.b_id, x.a_id, x.p, x.w, t.b_id IS NOT NULL FROM best x
                          LEFT JOIN truth t USING (b_id, a_id)""").fetchall()
    ptp, pn = con.execute("""SELECT count(t.b_id), count(*) FROM pairs x
                             LEFT JOIN truth t USING (b_id, a_id) WHERE x.p >= ?""", [threshold]).fetchall()[0]
    s = linker._settings_obj
    return {
        "variant": variant,
        "rows": {"a": con.execute("SELECT count(*) FROM febrl_a").fetchall()[0][0],
                 "b": con.execute("SELECT count(*) FROM febrl_b").fetchall()[0][0], "truth_pairs": truth_n},
        "comparisons": [c.output_column_name for c in s.comparisons],
        "blocking_rules": [br.blocking_rule_sql for br in s._blocking_rules_to_generate_predictions],
        "probability_two_random_records_match": s._probability_two_random_records_match,
        "blocking": {"pairs_scored": n_pairs, "truth_pairs_blocked": blocked,
                     "blocking_recall": blocked / truth_n},
        "pairwise_at_threshold": dict(prf(ptp, pn, truth_n), threshold=threshold),
        "one_to_one": {"at_threshold": at_threshold(best, truth_n, threshold), **sweep(best, truth_n, 0.95)},
        "timings": timings,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="folder with dataset4a.csv and dataset4b.csv")
    ap.add_argument("--variant", choices=["example", "no_ssn", "both"], default="both")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default="febrl.json")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    variants = ["example", "no_ssn"] if a.variant == "both" else [a.variant]
    results = [run(v, a.data, a.threads, a.threshold, a.verbose) for v in variants]
    out = {"tool": "splink", "dataset": "febrl4",
           "versions": {"splink": splink.__version__, "duckdb": duckdb.__version__,
                        "python": platform.python_version()},
           "threads": a.threads, "threshold": a.threshold, "results": results,
           "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}
    with open(a.out, "w") as f:
        json.dump(out, f, indent=2)

    print(f"FEBRL4, Splink {splink.__version__} / DuckDB {duckdb.__version__}, {a.threads} threads, "
          f"threshold {a.threshold}")
    head = f"  {'variant':<8} {'view':<10} {'P':>7} {'R':>7} {'F1':>7}   {'block R':>7} {'pairs':>7}   " \
           f"{'load':>5} {'train':>6} {'link':>5} {'total':>6} s"
    print(head)
    for r in results:
        tm = r["timings"]
        for view, m in (("pairwise", r["pairwise_at_threshold"]), ("1-to-1", r["one_to_one"]["at_threshold"])):
            print(f"  {r['variant']:<8} {view:<10} {fmt(m['precision']):>7} {fmt(m['recall']):>7} "
                  f"{fmt(m['f1']):>7}   {fmt(r['blocking']['blocking_recall']):>7} "
                  f"{r['blocking']['pairs_scored']:>7}   {tm['load_s']:>5.2f} {tm['train_s']:>6.2f} "
                  f"{tm['link_s']:>5.2f} {tm['total_s']:>6.2f}")
        bf = r["one_to_one"]["best_f1"]
        r95 = r["one_to_one"]["at_recall_0.95"]
        print(f"  {'':<8} 1-to-1 best F1 {fmt(bf.get('f1'))} at p={fmt(bf.get('threshold'))}; "
              f"precision at recall 0.95: {fmt(r95['precision']) if r95 else 'not reached'}")
    print(f"  peak RSS {out['peak_rss_mb']:.0f} MB; wrote {a.out}")


if __name__ == "__main__":
    main()

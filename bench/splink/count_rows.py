#!/usr/bin/env python3
"""The "one pass over the bytes" floor: how long DuckDB takes just to count a CSV's rows.

Runs SELECT count(*) FROM read_csv(path, ...) with all columns read as text (no type sniffing
beyond the dialect), on a fresh in-memory connection with --threads threads, --repeat times, and
reports the best. Nothing a linker does over the same file can be faster than this.

  python bench/splink/count_rows.py bench/data/world/person_records.csv --threads 2 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import time

import duckdb


def count_once(path: str, threads: int) -> tuple[int, float]:
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads TO {threads}")
    t = time.perf_counter()
    n = con.execute("SELECT count(*) FROM read_csv(?, header = true, all_varchar = true)",
                    [path]).fetchall()[0][0]
    elapsed = time.perf_counter() - t
    con.close()
    return n, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", nargs="+")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args()
    out = []
    print(f"DuckDB {duckdb.__version__}, {a.threads} threads, best of {a.repeat}")
    for path in a.csv:
        runs = [count_once(path, a.threads) for _ in range(a.repeat)]
        rows = runs[0][0]
        best = min(s for _, s in runs)
        size = os.path.getsize(path)
        r = {"path": path, "rows": rows, "bytes": size, "best_s": best, "runs_s": [s for _, s in runs],
             "mb_per_s": size / 1e6 / best if best else None, "threads": a.threads,
             "duckdb": duckdb.__version__}
        out.append(r)
        print(f"  {path}: {rows} rows, {size / 1e6:.1f} MB, best {best:.4f} s "
              f"({r['mb_per_s']:.0f} MB/s)")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(out, f, indent=2)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Collects one bench/run.sh run into DIR/results.json and prints it as Markdown. Standard library only.

Reads what run.sh left in DIR: logs/<step>.time (GNU `/usr/bin/time -v` reports), logs/<step>.err,
logs/commands.tsv, world.json, duckdb-count.json, vigil/evaluate-*.json, splink/link.json and, with
--febrl, febrl/evaluate.json and febrl/splink.json.

Timing conventions (see bench/README.md):
  Vigil   train s and link s are the wall clocks of the `vigil train` and `vigil link` processes (reading
          the CSVs included); total s = train s + link s; peak RSS is the larger of the two processes'.
  Splink  train s, link s and total s are link.py's own phases (time.perf_counter): total = load + train +
          link, without Python start-up and without the evaluation; peak RSS is the process's (time -v).
  Evaluation (`vigil evaluate`, Splink's evaluate phase) is never in a total.

  python3 bench/summarise.py --out DIR --employees N --records M --seed S --threshold P \
      --world-reused 0|1 --skip-splink 0|1 --febrl 0|1 [--vigil BIN] [--python PY] [--febrl-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys


def load_json(path: str):
    with open(path) as f:
        return json.load(f)


def time_report(logs: str, step: str) -> dict | None:
    """Wall clock (s), maximum RSS (MB) and exit status from a `/usr/bin/time -v` report."""
    path = os.path.join(logs, f"{step}.time")
    if not os.path.exists(path):
        return None
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    status = re.search(r"Exit status: (\d+)", text)
    seconds = None
    if wall:
        seconds = 0.0
        for part in wall.group(1).split(":"):
            seconds = seconds * 60 + float(part)
    return {"wall_s": seconds, "max_rss_mb": int(rss.group(1)) / 1024 if rss else None,
            "exit_status": int(status.group(1)) if status else None}


def prf(tp: int, fp: int, fn: int) -> dict:
    """The same convention as bench/splink/evaluate.py: no links means no precision (None)."""
    predicted, truth = tp + fp, tp + fn
    precision = tp / predicted if predicted else None
    recall = tp / truth if truth else None
    f1 = (2 * precision * recall / (precision + recall)) if precision and recall else (0.0 if predicted else None)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def as_float(x):
    return None if x is None else float(x)


def vigil_accuracy(report: dict) -> dict:
    """One `vigil evaluate --json` report in the shape the table uses."""
    at, best = report["atThreshold"], report["best"]
    truth = report["truePairs"]
    return {
        "kind": report["kind"],
        "truth_pairs": truth,
        "blocking_recall": report["truePairsReachedByBlocking"] / truth if truth else None,
        "threshold": at["threshold"],
        "at_threshold": prf(at["truePositives"], at["falsePositives"], at["falseNegatives"]),
        "best_f1": dict(prf(best["truePositives"], best["falsePositives"], best["falseNegatives"]),
                        threshold=as_float(best["threshold"])),
        "precision_at_recall_0.95": as_float(report.get("precisionAtRecall95")),
        "threshold_at_recall_0.95": as_float(report.get("thresholdAtRecall95")),
    }


def splink_accuracy(r: dict, threshold: float) -> dict:
    """link.py's or one febrl.py variant's figures in the same shape."""
    o = r["one_to_one"]
    at = o["at_threshold"]
    r95 = o.get("at_recall_0.95")
    return {
        "kind": "person",
        "truth_pairs": at["tp"] + at["fn"],
        "blocking_recall": r["blocking"]["blocking_recall"],
        "threshold": at.get("threshold", threshold),
        "at_threshold": {k: at[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")},
        "best_f1": {k: o["best_f1"].get(k) for k in ("tp", "fp", "fn", "precision", "recall", "f1", "threshold")},
        "precision_at_recall_0.95": r95["precision"] if r95 else None,
        "threshold_at_recall_0.95": r95["threshold"] if r95 else None,
    }


def candidate_pairs(logs: str, step: str) -> int | None:
    """The "N records, M candidate pairs scored" line `vigil link` prints on standard error."""
    path = os.path.join(logs, f"{step}.err")
    if not os.path.exists(path):
        return None
    m = re.search(r"(\d+) records, (\d+) candidate pairs scored", open(path).read())
    return int(m.group(2)) if m else None


def vigil_tool(steps: dict, logs: str, prefix: str, accuracy: dict) -> dict:
    train, link = steps[f"{prefix}train"], steps[f"{prefix}link"]
    return {
        "tool": "vigil",
        "train_s": train["wall_s"],
        "link_s": link["wall_s"],
        "load_s": None,  # inside train and link
        "total_s": train["wall_s"] + link["wall_s"],
        "process_wall_s": train["wall_s"] + link["wall_s"],
        "peak_rss_mb": max(train["max_rss_mb"], link["max_rss_mb"]),
        "pairs_scored": candidate_pairs(logs, f"{prefix}link"),
        "accuracy": accuracy,
    }


def splink_tool(r: dict, step: dict, threshold: float, name: str = "splink") -> dict:
    t = r["timings"]
    return {
        "tool": name,
        "train_s": t["train_s"],
        "link_s": t["link_s"],
        "load_s": t["load_s"],
        "total_s": t["total_s"],
        "process_wall_s": step["wall_s"],
        "peak_rss_mb": step["max_rss_mb"],
        "pairs_scored": r["blocking"]["pairs_scored"],
        "accuracy": splink_accuracy(r, threshold),
    }


def ratio(a, b):
    return a / b if a is not None and b else None


def git_commit(repo: str) -> str | None:
    try:
        head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return head + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return None


# ---- Markdown

def f(x, digits: int = 4) -> str:
    if x is None:
        return "–"
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


def secs(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def mb(x) -> str:
    return "–" if x is None else f"{x:.0f}"


HEADER = ("| tool | train s | link s | total s | peak RSS MB | blocking recall | P @ {t} | R @ {t} | F1 @ {t} "
          "| best F1 | P @ R 0.95 | pairs scored |")


def row(label: str, tool: dict) -> str:
    a = tool["accuracy"]
    at = a["at_threshold"]
    return (f"| {label} | {secs(tool['train_s'])} | {secs(tool['link_s'])} | {secs(tool['total_s'])} "
            f"| {mb(tool['peak_rss_mb'])} | {f(a['blocking_recall'])} | {f(at['precision'])} | {f(at['recall'])} "
            f"| {f(at['f1'])} | {f(a['best_f1'].get('f1'))} | {f(a['precision_at_recall_0.95'])} "
            f"| {tool['pairs_scored'] if tool['pairs_scored'] is not None else '–'} |")


def table(threshold: float, rows: list[str]) -> list[str]:
    head = HEADER.format(t=threshold)
    return [head, "|" + "---|" * head.count(" | ") + "---|", *rows]


def markdown(res: dict) -> str:
    p = res["parameters"]
    t = p["threshold"]
    out = [f"## Vigil and Splink side by side ({res['started']})", ""]
    w = res["world"]
    out.append(f"### Synthetic world: {p['employees']:,} employees, {p['records']:,} person records, seed {p['seed']}"
               f"{' (reused)' if w['reused'] else ''}")
    out.append("")
    out.append(f"{w.get('employee_person_records', '?'):,} records about employees (truth pairs), "
               f"{w.get('incident_locations', '?'):,} incident locations. Threshold {t}"
               f"{' for both tools' if res['synthetic'].get('splink') else ''}.")
    out.append("")
    syn = res["synthetic"]
    rows = [row("Vigil", syn["vigil"])]
    if syn.get("splink"):
        rows.append(row(f"Splink {res['versions'].get('splink', '')}", syn["splink"]))
    addr = syn["vigil"].get("home_address")
    if addr:
        rows.append(f"| Vigil, home addresses | | | | | {f(addr['blocking_recall'])} "
                    f"| {f(addr['at_threshold']['precision'])} | {f(addr['at_threshold']['recall'])} "
                    f"| {f(addr['at_threshold']['f1'])} | {f(addr['best_f1'].get('f1'))} "
                    f"| {f(addr['precision_at_recall_0.95'])} | |")
    out += table(t, rows)
    out.append("")
    notes = ["Vigil: process wall clocks (CSV reading included), total = train + link."]
    if syn.get("splink"):
        s = syn["splink"]
        notes.append(f"Splink: link.py's own phases, total = load {secs(s['load_s'])} + train + link; "
                     f"the whole process took {secs(s['process_wall_s'])} s (Python start-up and evaluation "
                     f"included).")
    if addr:
        notes.append(f"Home addresses at Vigil's model threshold {addr['threshold']} (Splink has no equivalent).")
    out.append(" ".join(notes))
    out.append("")

    r = res["ratios"]
    ratio_rows = []
    if r.get("splink_total_over_vigil_total") is not None:
        ratio_rows.append(f"| Splink total / Vigil total | {r['splink_total_over_vigil_total']:.2f} |")
    d = res.get("duckdb_count")
    if d:
        ratio_rows.append(f"| Vigil link / DuckDB count | {f(r.get('vigil_link_over_duckdb_count'), 1)} "
                   f"(link {secs(syn['vigil']['link_s'])} s; count {d['best_s']:.3f} s best of "
                   f"{len(d['runs_s'])}, {d['rows']:,} rows, {d['bytes'] / 1e6:.1f} MB) |")
    if res.get("febrl") and r.get("febrl_splink_no_ssn_total_over_vigil_total") is not None:
        ratio_rows.append(f"| FEBRL4: Splink no_ssn total / Vigil total | "
                   f"{r['febrl_splink_no_ssn_total_over_vigil_total']:.2f} |")
    if ratio_rows:
        out += ["| ratio | value |", "|---|---|", *ratio_rows, ""]

    fb = res.get("febrl")
    if fb:
        out.append("### FEBRL4: dataset4a (roster) vs dataset4b (records), 5,000 true pairs")
        out.append("")
        rows = [row("Vigil", fb["vigil"])]
        for name in ("splink_example", "splink_no_ssn"):
            if fb.get(name):
                rows.append(row(f"Splink, {name.removeprefix('splink_')}", fb[name]))
        out += table(t, rows)
        out.append("")
        if fb.get("splink_example"):
            out.append("Splink's two variants run in one process: its peak RSS is that process's. `example` is "
                       "Splink's own FEBRL4 model (uses soc_sec_id, which Vigil has no field for); `no_ssn` "
                       "drops it.")
            out.append("")

    out += ["### Commands (from the repository root)", "", "```sh"]
    out += [c["command"] for c in res["commands"]]
    out += ["```", "", f"Results: {os.path.join(p['out'], 'results.json')}"]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--employees", type=int, required=True)
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--threshold", type=float, required=True)
    ap.add_argument("--started", help="when run.sh started")
    ap.add_argument("--world-reused", type=int, default=0)
    ap.add_argument("--skip-splink", type=int, default=0)
    ap.add_argument("--febrl", type=int, default=0)
    ap.add_argument("--vigil", default=".build/release/vigil")
    ap.add_argument("--python", default="bench/.venv/bin/python")
    ap.add_argument("--febrl-dir", default="../shared/data/febrl")
    a = ap.parse_args()
    d, logs = a.out, os.path.join(a.out, "logs")

    commands = []
    with open(os.path.join(logs, "commands.tsv")) as fh:
        for line in fh:
            name, command = line.rstrip("\n").split("\t", 1)
            commands.append({"step": name, "command": command.strip()})
    steps = {}
    for c in commands:
        if c["command"].startswith("#"):
            continue  # not run (a reused world)
        rep = time_report(logs, c["step"])
        if rep is None:
            sys.exit(f"summarise.py: no time report for step {c['step']} in {logs}")
        steps[c["step"]] = dict(rep, command=c["command"])

    world = load_json(os.path.join(d, "world.json"))
    versions = {"vigil_commit": git_commit(os.getcwd())}
    res = {
        "schema": 1,
        "started": a.started or datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
        "parameters": {"employees": a.employees, "records": a.records, "seed": a.seed, "threshold": a.threshold,
                       "out": d, "skip_splink": bool(a.skip_splink), "febrl": bool(a.febrl), "vigil": a.vigil,
                       "splink_python": a.python, "febrl_dir": a.febrl_dir if a.febrl else None,
                       "threads": {"vigil": "every core", "splink": 2, "duckdb_count": 2}},
        "versions": versions,
        "world": {"reused": bool(a.world_reused), "employees": world.get("employees"),
                  "person_records": world.get("personRecords"),
                  "employee_person_records": world.get("employeePersonRecords"),
                  "incident_locations": world.get("incidentLocations"),
                  "truth_address_links": world.get("truthAddressLinks")},
        "steps": steps,
    }

    count_path = os.path.join(d, "duckdb-count.json")
    if "duckdb-count" in steps and os.path.exists(count_path):
        res["duckdb_count"] = load_json(count_path)[0]

    person = vigil_accuracy(load_json(os.path.join(d, "vigil", "evaluate-person.json"))[0])
    vigil = vigil_tool(steps, logs, "vigil-", person)
    vigil["home_address"] = vigil_accuracy(load_json(os.path.join(d, "vigil", "evaluate-address.json"))[0])
    res["synthetic"] = {"vigil": vigil}
    if not a.skip_splink:
        sp = load_json(os.path.join(d, "splink", "link.json"))
        versions.update({k: v for k, v in sp["versions"].items()})
        res["synthetic"]["splink"] = splink_tool(sp, steps["splink-link"], a.threshold)

    ratios = {
        "splink_total_over_vigil_total": ratio(res["synthetic"].get("splink", {}).get("total_s"), vigil["total_s"]),
        "vigil_link_over_duckdb_count": ratio(vigil["link_s"], res.get("duckdb_count", {}).get("best_s")),
    }

    if a.febrl:
        fd = os.path.join(d, "febrl")
        fb = {"truth": os.path.join(fd, "truth_febrl.csv"),
              "vigil": vigil_tool(steps, logs, "febrl-vigil-",
                                  vigil_accuracy(load_json(os.path.join(fd, "evaluate.json"))[0]))}
        if not a.skip_splink:
            sp = load_json(os.path.join(fd, "splink.json"))
            versions.update({k: v for k, v in sp["versions"].items()})
            for variant in sp["results"]:
                fb[f"splink_{variant['variant']}"] = splink_tool(
                    variant, steps["febrl-splink"], a.threshold, name=f"splink ({variant['variant']})")
            no_ssn = fb.get("splink_no_ssn")
            ratios["febrl_splink_no_ssn_total_over_vigil_total"] = ratio(
                no_ssn["total_s"] if no_ssn else None, fb["vigil"]["total_s"])
        res["febrl"] = fb
    res["ratios"] = ratios
    res["commands"] = commands

    path = os.path.join(d, "results.json")
    with open(path, "w") as fh:
        json.dump(res, fh, indent=2)
        fh.write("\n")
    print(markdown(res))


if __name__ == "__main__":
    main()

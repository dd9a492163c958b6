"""Accuracy figures shared by link.py and febrl.py, computed the way Vigil reports its own.

Vigil links each person record to at most its best employee. So the headline figures are
*one-to-one*: for every record keep the single best-scoring candidate pair, call it a link when its
match probability is >= the threshold, and compare with the truth. The recall denominator is always
every truth pair, including those that blocking never produced.

All inputs are plain Python lists so these functions can be unit-checked by eye:
  best     [(record_id, candidate_id, match_probability, match_weight, is_true), ...] one per record
  truth_n  number of truth pairs
"""

from __future__ import annotations


def prf(tp: int, predicted: int, truth_n: int) -> dict:
    precision = tp / predicted if predicted else None
    recall = tp / truth_n if truth_n else None
    if precision and recall:
        f1 = 2 * precision * recall / (precision + recall)
    else:
        f1 = 0.0 if predicted and truth_n else None
    return {"tp": tp, "fp": predicted - tp, "fn": truth_n - tp, "precision": precision,
            "recall": recall, "f1": f1}


def at_threshold(best: list, truth_n: int, threshold: float) -> dict:
    kept = [b for b in best if b[2] >= threshold]
    out = prf(sum(1 for b in kept if b[4]), len(kept), truth_n)
    out["threshold"] = threshold
    return out


def sweep(best: list, truth_n: int, target_recall: float = 0.95) -> dict:
    """Best F1 over all thresholds, and the precision at the first cut reaching target_recall.

    Pairs are sorted by match weight, descending (the weight keeps its order where the probability
    has rounded to 1.0); a cut is only taken between two distinct weights, so tied pairs go together.
    """
    ordered = sorted(best, key=lambda b: b[3], reverse=True)
    best_f1 = {"f1": 0.0}
    at_recall = None
    tp = 0
    for i, b in enumerate(ordered):
        tp += 1 if b[4] else 0
        if i + 1 < len(ordered) and ordered[i + 1][3] == b[3]:
            continue
        m = prf(tp, i + 1, truth_n)
        if m["f1"] is not None and m["f1"] > best_f1["f1"]:
            best_f1 = dict(m, threshold=b[2], match_weight=b[3])
        if at_recall is None and m["recall"] is not None and m["recall"] >= target_recall:
            at_recall = dict(m, threshold=b[2], match_weight=b[3])
    reachable = prf(tp, len(ordered), truth_n)["recall"] if ordered else 0.0
    return {
        "best_f1": best_f1,
        f"at_recall_{target_recall}": at_recall,
        "max_recall_one_to_one": reachable,
    }


def fmt(x, digits=4) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def best_per_record(con, predictions: str, records_dataset: str, record_col: str, target_col: str,
                    left_id: str = "unique_id") -> None:
    """Creates `pairs` (every scored pair, record side first) and `best` (each record's best target by
    match weight) from Splink's predictions table: one-to-one linking, as Vigil does it."""
    con.execute(f"""
        CREATE TABLE pairs AS SELECT
            CASE WHEN source_dataset_l = '{records_dataset}' THEN {left_id}_l ELSE {left_id}_r END AS {record_col},
            CASE WHEN source_dataset_l = '{records_dataset}' THEN {left_id}_r ELSE {left_id}_l END AS {target_col},
            match_probability AS p, match_weight AS w
        FROM {predictions}""")
    con.execute(f"""
        CREATE TABLE best AS SELECT {record_col}, {target_col}, p, w FROM (
            SELECT *, row_number() OVER (PARTITION BY {record_col} ORDER BY w DESC, {target_col}) AS rn
            FROM pairs) WHERE rn = 1""")

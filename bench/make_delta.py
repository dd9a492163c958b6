#!/usr/bin/env python3
"""Writes a daily delta of person records and a roster with one new starter, from a generated world.

usage: make_delta.py WORLD_DIR OUT_DIR [--count N]

OUT_DIR/delta.csv: N rows spread evenly over the world's person_records.csv; half are changed copies of
existing records (same record id, a different role), half are new records (new ids and event ids) about
the same people, as a day's crime and intelligence updates would be.
OUT_DIR/roster-new-starter.csv: the world's roster plus one new employee whose name, date of birth and
address are those of a person in the records who is not an employee, starting today.
OUT_DIR/delta-empty.csv: the header only.
"""
import argparse
import csv
import os

parser = argparse.ArgumentParser()
parser.add_argument("world")
parser.add_argument("out")
parser.add_argument("--count", type=int, default=20000)
args = parser.parse_args()

records = os.path.join(args.world, "person_records.csv")
with open(records, newline="", encoding="utf-8") as handle:
    total = sum(1 for _ in handle) - 1
step = max(1, total // args.count)
employee_ids = set()
with open(os.path.join(args.world, "truth_person.csv"), newline="", encoding="utf-8") as handle:
    truth_records = {row["record_id"] for row in csv.DictReader(handle)}

os.makedirs(args.out, exist_ok=True)
written = 0
starter = None
with open(records, newline="", encoding="utf-8") as source, \
        open(os.path.join(args.out, "delta.csv"), "w", newline="", encoding="utf-8") as delta:
    reader = csv.DictReader(source)
    writer = csv.DictWriter(delta, fieldnames=reader.fieldnames, lineterminator="\n")
    writer.writeheader()
    for index, row in enumerate(reader):
        if starter is None and row["record_id"] not in truth_records and row["date_of_birth"] \
                and row["postcode"] and row["forenames"] and row["surname"] and index > total // 2:
            starter = dict(row)
        if index % step or written >= args.count:
            continue
        if written % 2:
            row["role"] = "other relevant" if row["role"] != "other relevant" else "witness"
        else:
            row["record_id"] = "NEW-" + row["record_id"]
            row["event_id"] = "NEW-" + row["event_id"]
        writer.writerow(row)
        written += 1

with open(os.path.join(args.out, "delta-empty.csv"), "w", encoding="utf-8") as handle:
    handle.write(",".join(reader.fieldnames) + "\n")

roster = os.path.join(args.world, "roster.csv")
with open(roster, newline="", encoding="utf-8") as source, \
        open(os.path.join(args.out, "roster-new-starter.csv"), "w", newline="", encoding="utf-8") as target:
    reader = csv.DictReader(source)
    writer = csv.DictWriter(target, fieldnames=reader.fieldnames, lineterminator="\n")
    writer.writeheader()
    for row in reader:
        writer.writerow(row)
    new = {name: "" for name in reader.fieldnames}
    new.update(employee_id="NEWSTARTER1", forenames=starter["forenames"], surname=starter["surname"],
               date_of_birth=starter["date_of_birth"], address_line=starter["address_line"],
               town=starter["town"], postcode=starter["postcode"], role="PCSO", team="New starters",
               start_date="2026-11-30")
    writer.writerow(new)
print(f"{written} delta rows; new starter from record {starter['record_id']}")

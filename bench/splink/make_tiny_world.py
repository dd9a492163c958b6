#!/usr/bin/env python3
"""Write a tiny synthetic canonical world for smoke-testing link.py.

Only invented data: names are drawn at random from short lists of common given names and surnames,
addresses and postcodes are made up (West-Midlands-like outward codes). Output, in --out:

  roster.csv          employee_id, forenames, surname, date_of_birth, address_line, town, postcode,
                      role, team, start_date
  person_records.csv  record_id, source, event_id, event_date, role, forenames, surname,
                      date_of_birth, address_line, town, postcode
  truth_person.csv    record_id, employee_id

About a quarter of the records are about an employee, with the kinds of error police records carry
(typos, nicknames, a missing middle name, day/month swaps, a moved address, blanks). The rest are other
people, some of them sharing a surname, a date of birth or an address with an employee.
"""

import argparse
import csv
import datetime as dt
import os
import random

FORENAMES = [
    "James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Daniel", "Mark",
    "Paul", "Steven", "Andrew", "Joshua", "Kevin", "Brian", "George", "Edward", "Ryan", "Jacob",
    "Mohammed", "Ali", "Imran", "Harpreet", "Rajesh", "Sanjay", "Tariq", "Kwame", "Darius", "Liam",
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
    "Lisa", "Emily", "Michelle", "Laura", "Amy", "Rebecca", "Hannah", "Charlotte", "Olivia", "Sophie",
    "Aisha", "Fatima", "Priya", "Simran", "Nadia", "Zara", "Chloe", "Megan", "Gemma", "Kirsty",
]
NICKNAMES = {
    "James": "Jim", "John": "Jack", "Robert": "Bob", "Michael": "Mike", "David": "Dave",
    "William": "Bill", "Richard": "Rich", "Thomas": "Tom", "Daniel": "Dan", "Steven": "Steve",
    "Andrew": "Andy", "Joshua": "Josh", "Edward": "Ed", "Elizabeth": "Liz", "Jennifer": "Jen",
    "Patricia": "Pat", "Rebecca": "Becky", "Jessica": "Jess", "Susan": "Sue", "Mohammed": "Mohammad",
}
SURNAMES = [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
    "Clarke", "Khan", "Hussain", "Ahmed", "Singh", "Kaur", "Begum", "Ali", "Shah", "Mahmood",
    "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "Clark", "Lee",
    "Baker", "Harris", "Lewis", "Young", "Allen", "King", "Mitchell", "Kelly", "Campbell", "Murphy",
    "Okafor", "Mensah", "Nowak", "Kowalski", "Oyelaran", "Fitzgerald", "Ashworth", "Pemberton",
]
STREET_NAMES = [
    "High", "Church", "Station", "Victoria", "Park", "Mill", "School", "Queens", "Kings", "New",
    "Albert", "Grange", "Manor", "Chapel", "Coventry", "Stratford", "Warwick", "Lichfield", "Walsall",
    "Soho", "Moseley", "Alcester", "Hagley", "Bristol", "Pershore", "Tamworth", "Dudley", "Oak", "Elm",
]
STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Grove", "Crescent", "Way"]
TOWNS = {
    "B": "Birmingham", "CV": "Coventry", "WS": "Walsall", "WV": "Wolverhampton", "DY": "Dudley",
}
SOURCES = ["crime", "intelligence", "custody", "incident"]
RECORD_ROLES = ["suspect", "victim", "witness", "subject", "informant", "other"]
ALPHA = "ABDEFGHJLNPQRSTUWXYZ"


def rand_postcode(rng):
    area = rng.choice(list(TOWNS))
    district = rng.randint(1, 40 if area == "B" else 12)
    return f"{area}{district} {rng.randint(1, 9)}{rng.choice(ALPHA)}{rng.choice(ALPHA)}", TOWNS[area]


def rand_address(rng):
    number = rng.randint(1, 220)
    street = f"{rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
    postcode, town = rand_postcode(rng)
    return f"{number} {street}", town, postcode


def rand_dob(rng, lo=1960, hi=2004):
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(hi, 12, 31).toordinal()))


def rand_person(rng):
    forenames = rng.choice(FORENAMES)
    if rng.random() < 0.4:
        forenames += " " + rng.choice(FORENAMES)
    line, town, postcode = rand_address(rng)
    return {
        "forenames": forenames,
        "surname": rng.choice(SURNAMES),
        "date_of_birth": rand_dob(rng),
        "address_line": line,
        "town": town,
        "postcode": postcode,
    }


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    kind = rng.random()
    if kind < 0.33:  # substitution
        return s[:i] + rng.choice("aeiourstnl") + s[i + 1:]
    if kind < 0.66:  # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]  # deletion


def corrupt(rng, p):
    """A police record of an employee: the same person, written down imperfectly."""
    q = dict(p)
    first, *rest = q["forenames"].split(" ")
    r = rng.random()
    if r < 0.10 and first in NICKNAMES:
        first = NICKNAMES[first]
    elif r < 0.18:
        first = typo(rng, first)
    if rest and rng.random() < 0.5:
        rest = []  # middle name not recorded
    q["forenames"] = " ".join([first, *rest])
    if rng.random() < 0.10:
        q["surname"] = typo(rng, q["surname"])
    elif rng.random() < 0.03:
        q["surname"] = rng.choice(SURNAMES)  # married / changed surname
    d = q["date_of_birth"]
    r = rng.random()
    if r < 0.05 and d.day <= 12 and d.day != d.month:
        d = dt.date(d.year, d.day, d.month)  # day/month swapped
    elif r < 0.09:
        d = d + dt.timedelta(days=rng.choice([-1, 1, 10, -10, 365]))
    q["date_of_birth"] = d
    if rng.random() < 0.05:
        q["date_of_birth"] = None
    r = rng.random()
    if r < 0.25:  # moved house
        q["address_line"], q["town"], q["postcode"] = rand_address(rng)
    elif r < 0.32:
        q["postcode"] = None
    elif r < 0.38:
        q["address_line"] = typo(rng, q["address_line"])
    if rng.random() < 0.3:
        q["forenames"], q["surname"] = q["forenames"].upper(), q["surname"].upper()
    return q


def iso(d):
    return d.isoformat() if d else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--employees", type=int, default=200)
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--match-share", type=float, default=0.25, help="share of records about an employee")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", default="bench/data/tiny")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    employees = []
    for i in range(a.employees):
        p = rand_person(rng)
        p["employee_id"] = f"E{i + 1:06d}"
        p["role"] = rng.choice(["PC", "DC", "PS", "Staff", "PCSO"])
        p["team"] = rng.choice(["Response", "CID", "Neighbourhood", "Custody", "Control Room"])
        p["start_date"] = rand_dob(rng, 2000, 2023)
        employees.append(p)
    with open(os.path.join(a.out, "roster.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["employee_id", "forenames", "surname", "date_of_birth", "address_line", "town",
                    "postcode", "role", "team", "start_date"])
        for e in employees:
            w.writerow([e["employee_id"], e["forenames"], e["surname"], iso(e["date_of_birth"]),
                        e["address_line"], e["town"], e["postcode"], e["role"], e["team"],
                        iso(e["start_date"])])

    truth = []
    with open(os.path.join(a.out, "person_records.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "source", "event_id", "event_date", "role", "forenames", "surname",
                    "date_of_birth", "address_line", "town", "postcode"])
        for i in range(a.records):
            rid = f"R{i + 1:07d}"
            if rng.random() < a.match_share:
                e = rng.choice(employees)
                q = corrupt(rng, e)
                truth.append((rid, e["employee_id"]))
            else:
                q = rand_person(rng)
                r = rng.random()
                if r < 0.08:  # a relative at the employee's address
                    e = rng.choice(employees)
                    q["surname"], q["address_line"], q["town"], q["postcode"] = (
                        e["surname"], e["address_line"], e["town"], e["postcode"])
                elif r < 0.12:  # a stranger born on the same day
                    q["date_of_birth"] = rng.choice(employees)["date_of_birth"]
            w.writerow([rid, rng.choice(SOURCES), f"EV{rng.randint(1, 10**6):07d}",
                        iso(rand_dob(rng, 2015, 2024)), rng.choice(RECORD_ROLES), q["forenames"],
                        q["surname"], iso(q["date_of_birth"]), q["address_line"] or "", q["town"] or "",
                        q["postcode"] or ""])
    with open(os.path.join(a.out, "truth_person.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "employee_id"])
        w.writerows(truth)
    print(f"wrote {a.employees} employees, {a.records} records, {len(truth)} truth pairs to {a.out}")


if __name__ == "__main__":
    main()

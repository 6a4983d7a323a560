#!/usr/bin/env python3
"""Generates the synthetic example examples/evacuees.csv and the place
hierarchy examples/hierarchies/places.csv.

Everything is invented: names are built from made-up syllables, ID numbers
start with 9999 and phone numbers use the 0799 55 range, places are fictional
(country code XA is a user-assigned ISO code). Fixed seed: the output is the
same on every run. Standard library only.

Usage: python3 scripts/make_evacuees.py [ROWS]   (default 300)
"""
import csv
import os
import random
import sys

SEED = 20210815
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "lu", "dar", "ne", "vo", "zi", "han", "po", "ri", "mel", "ta"]
PROVINCES = {
    "Northvale": ["Ashford", "Brinmoor", "Coldwater"],
    "Eastmarch": ["Dunhollow", "Elmstead", "Fernpike"],
    "Southreach": ["Glenrock", "Harrowgate", "Ironmere", "Juniper"],
}
CHECKPOINTS = ["CP-Alpha", "CP-Bravo", "CP-Charlie", "CP-Delta"]
# CP-Delta is a side gate that few people use: its daily counts fall below k,
# which is what the count table's suppression is for.
CHECKPOINT_WEIGHTS = [30, 30, 30, 5]
DAYS = ["2021-08-%02d" % d for d in range(15, 22)]


def word(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(SEED)
    places = [(d, p) for p, ds in PROVINCES.items() for d in ds]
    out = os.path.join(ROOT, "examples", "evacuees.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "tazkira", "phone", "age", "sex", "province", "district", "checkpoint", "date"])
        for i in range(rows):
            district, province = rng.choice(places)
            name = "%s %s" % (word(rng, 2), word(rng, 3))
            if i % 17 == 0:
                name += ", Jr."  # a value that needs quoting
            w.writerow([
                name,
                "9999-%04d-%05d" % (rng.randrange(10000), rng.randrange(100000)),
                "0799 55%d %04d" % (rng.randrange(10), rng.randrange(10000)),
                rng.choice([rng.randint(1, 17), rng.randint(18, 45), rng.randint(18, 45), rng.randint(46, 80)]),
                rng.choice("FM"),
                province,
                district,
                rng.choices(CHECKPOINTS, weights=CHECKPOINT_WEIGHTS)[0],
                rng.choice(DAYS),
            ])
    hier = os.path.join(ROOT, "examples", "hierarchies", "places.csv")
    os.makedirs(os.path.dirname(hier), exist_ok=True)
    with open(hier, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["district", "province", "country"])
        for district, province in places:
            w.writerow([district, province, "XA"])
    print("wrote %s (%d rows) and %s" % (out, rows, hier))


if __name__ == "__main__":
    main()

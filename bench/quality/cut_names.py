#!/usr/bin/env python3
"""Names cut in half: words of a listed name left beside a placeholder.

    python3 bench/quality/cut_names.py OUT NAMES PLACES

The synthetic leak count takes a listed name as leaked only when its whole
string survives, so "Gatwech Ruach" released as "[REDACTED] Ruach" counts as
hidden. This script counts those halves: for every listed name of two or more
words, each of its words (three letters or more, capitalised, not a listed
place, not a title or kin word below) that stands right beside a placeholder
("[REDACTED] Ruach", "BOLY [REDACTED]", "Roman [REDACTED],") and is not part
of a listed name left whole. It prints the count, then one line per word.
It is a heuristic: a title or kin word missing from TITLES counts as a cut
name, a name word beside someone else's placeholder counts too.
"""
import re
import sys

# Titles, kin words and epithets that name no one on their own.
TITLES = {
    "Umm", "Um", "Abu", "Abou", "Uncle", "Aunt", "Auntie", "Aunty", "Mama", "Maman", "Papa", "Baba",
    "Sister", "Brother", "Sister-in-law", "Saw", "Naw", "Daw", "Ko", "Ma", "Maung", "Mg", "Master",
    "Ate", "Kuya", "W/ro", "Ato", "Frè", "Sœur", "Bobe", "Sayagyi", "Mzee", "Hajji", "Haji", "Hajja",
    "Mr", "Mrs", "Ms", "Dr", "Sheikh", "Mullah", "Chief", "Pastor", "Father", "Mother", "Madame",
    "Monsieur", "Don", "Doña", "Señor", "Señora", "Tío", "Tía", "Pani", "Pan", "Bibi", "Apa", "Bhai",
    "Small", "Boy", "Big", "Old", "Young", "Teacher", "Doctor", "Nurse", "Imam", "Sultan",
}


def words_of(name):
    for w in name.split():
        w = w.strip(".,;:()\"'“”‘’")
        if len(w) >= 3 and w[0].isupper() and w not in TITLES:
            yield w


def cut_words(out, names, places):
    bare = out.replace("[REDACTED]", "\n")
    whole = [s for s in names if s in bare]
    cut = []
    for w in sorted({w for s in names if len(s.split()) >= 2 for w in words_of(s)} - set(places)):
        if any(w in s for s in whole):
            continue
        pattern = r"\[REDACTED\][ -]" + re.escape(w) + r"(?!\w)|(?<!\w)" + re.escape(w) + r"[ ,]+\[REDACTED\]"
        m = re.search(pattern, out)
        if m:
            cut.append((w, out[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    return cut


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    out = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    names = [l.strip() for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
    places = {l.strip() for l in open(sys.argv[3], encoding="utf-8") if l.strip()}
    cut = cut_words(out, names, places)
    print(len(cut))
    for w, context in cut:
        print(f"{w}\t{context}")


if __name__ == "__main__":
    main()

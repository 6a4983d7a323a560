"""How a release's time grows with the input on texts built to be hard.

Usage: python3 bench/scaling.py [--tearline build/tearline] [--policy P] [--mb 0.5] [--shapes a,b]

For each shape below, writes a synthetic text of about MB megabytes and one of
twice that, releases both with `tearline release --timings` (one core, the
leak check included) and prints the stage times and the ratio of the two
releases' times: about 2 is linear, about 4 quadratic; and the larger release's peak
resident memory (/usr/bin/time). A release guard meets
rosters of thousands of names, so no shape may grow faster than linearly.
The texts are generated here (seeded); nothing is read from the corpora.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

CONSONANTS = "BCDFGHKLMNPRST"


def word(rng, n=6):
    return rng.choice(CONSONANTS) + "".join(rng.choice("aeioukmnrst") for _ in range(n - 1))


def lines_until(size, make):
    out, total, i = [], 0, 0
    while total < size:
        line = make(i)
        out.append(line)
        total += len(line.encode())
        i += 1
    return "".join(out)


# Each shape: (description, function(rng, size) -> text).
SHAPES = {
    "roster-one-given-name": ("'Name: Ahmad <surname>' lines: one first word, every surname new",
                              lambda rng, size: lines_until(size, lambda i: "Name: Ahmad %s\n" % word(rng).upper())),
    "roster-one-surname": ("'<given name> Karimi, aged N' lines: one surname, every given name new",
                           lambda rng, size: lines_until(size, lambda i: "%s Karimi, aged %d\n" % (word(rng), 18 + i % 60))),
    "titled-names": ("'Mr. <surname> met Dr. <surname>.' sentences",
                     lambda rng, size: lines_until(size, lambda i: "Mr. %s met Dr. %s on Monday.\n" % (word(rng), word(rng)))),
    "lower-case-names": ("found names, then each typed again in lower case",
                         lambda rng, size: lines_until(size, lambda i: (lambda a, b: "Witness %s %s spoke. later %s %s left.\n" % (
                             a, b, a.lower(), b.lower()))(word(rng), word(rng)))),
    "acronyms": ("'<ABC> (<Alpha Bravo Charlie>)' definitions and uses",
                 lambda rng, size: lines_until(size, lambda i: (lambda ws: "The %s (%s) met %s staff.\n" % (
                     "".join(w[0] for w in ws), " ".join(ws), "".join(w[0] for w in ws)))([word(rng) for _ in range(3)]))),
    "initials": ("'A.B.' initials separated by spaces",
                 lambda rng, size: lines_until(size, lambda i: "%s.%s. " % (rng.choice("ABCDEFGH"), rng.choice("ABCDEFGH")))),
    "capitalised-words": ("distinct capitalised words, no sentence end",
                          lambda rng, size: lines_until(size, lambda i: word(rng) + " ")),
    "table-tabs": ("tab-separated rows of names, villages and ages",
                   lambda rng, size: lines_until(size, lambda i: "%s\t%s\t%d\t%s\n" % (word(rng).upper(), word(rng), 18 + i % 60,
                                                                                      word(rng)))),
    "one-line-roster": ("'<given> <surname> (34), ' items on one line, no line break",
                        lambda rng, size: lines_until(size, lambda i: "%s %s (%d), " % (word(rng), word(rng), 18 + i % 60))),
    "one-line-capitals": ("'KARIM NOORI; ' names in capitals on one line",
                          lambda rng, size: lines_until(size, lambda i: "%s %s; " % (word(rng).upper(), word(rng).upper()))),
    "one-line-titled": ("'Mr. <surname> met Dr. <surname>; ' on one line",
                        lambda rng, size: lines_until(size, lambda i: "Mr. %s met Dr. %s; " % (word(rng), word(rng)))),
    "quoted-nicknames": ("'<given> \"<nickname>\" <surname>, ' on one line",
                         lambda rng, size: lines_until(size, lambda i: '%s "%s" %s, ' % (word(rng), word(rng), word(rng)))),
    "kin-list": ("'her children <name> (4), <name> (7) and <name> (9). ' sentences",
                 lambda rng, size: lines_until(size, lambda i: "Her children %s (4), %s (7) and %s (9) stayed. " % (
                     word(rng), word(rng), word(rng)))),
    "fixed-width-table": ("a table under a rule of dashes, rows to the end of the text",
                          lambda rng, size: "NAME          VILLAGE       AGE\n------------  ------------  ---\n" + lines_until(
                              size, lambda i: "%-12s  %-12s  %3d\n" % (word(rng).upper() + " " + word(rng, 4), word(rng), 18 + i % 60))),
    "name-fields-one-line": ("'Name: <given> <surname> | Village: <town> | ' on one line",
                             lambda rng, size: lines_until(size, lambda i: "Name: %s %s | Village: %s | " % (
                                 word(rng), word(rng), word(rng)))),
    "markdown-table": ("a Markdown table with bars: | NAME | VILLAGE | AGE |, one row a line",
                       lambda rng, size: "| Name | Village | Age |\n|---|---|---|\n" + lines_until(
                           size, lambda i: "| %s %s | %s | %d |\n" % (word(rng), word(rng), word(rng), 18 + i % 60))),
    "chat-export": ("'[12:01] <given> <surname>: message' lines",
                    lambda rng, size: lines_until(size, lambda i: "[%02d:%02d] %s %s: we reached %s with %s\n" % (
                        i % 24, i % 60, word(rng), word(rng), word(rng), word(rng)))),
    "initials-defined": ("'<Given> <Surname> (GS) ... GS said' pairs",
                         lambda rng, size: lines_until(size, lambda i: (lambda a, b: "%s %s (%s%s) arrived; %s%s said so. " % (
                             a, b, a[0], b[0], a[0], b[0]))(word(rng), word(rng)))),
    "code-names": ("'call sign <WORD> met <WORD>' with many call signs",
                   lambda rng, size: lines_until(size, lambda i: "Source %s (call sign %s) met %s. " % (
                       word(rng), word(rng).upper(), word(rng).upper()))),
    "elided-names": ("French elided articles before names: \"d'Aminata l'Oumar\"",
                     lambda rng, size: lines_until(size, lambda i: "la soeur d'%s et l'%s de %s, " % (
                         word(rng), word(rng), word(rng)))),
    "hyphen-word": ("one word of capitalised parts joined by hyphens",
                    lambda rng, size: "-".join(word(rng, 4) for _ in range(size // 5))),
    "parentheses": ("names in nested parentheses on one line",
                    lambda rng, size: lines_until(size, lambda i: "(%s (%s) " % (word(rng), word(rng)))),
    "arabic-script": ("Arabic-script names quoted in Latin text",
                      lambda rng, size: lines_until(size, lambda i: "the witness \u0645\u062d\u0645\u062f %s said %s. " % (
                          "\u0646\u0628\u06cc", word(rng)))),
    "same-sentence": ("one sentence with a name repeated",
                      lambda rng, size: "Col. Mohammad Nabi Omari met the governor in Jalalabad. " * (size // 56)),
    "field-lines": ("'Name: / Age: / Village:' blocks",
                    lambda rng, size: lines_until(size, lambda i: "Name: %s %s\nAge: %d\nVillage: %s\n\n" % (
                        word(rng), word(rng).upper(), 18 + i % 60, word(rng)))),
    "particles": ("'<Name> bin <Name>, <Name> ag <NAME>, <Name> s/o <Name>; ' on one line",
                  lambda rng, size: lines_until(size, lambda i: "%s bin %s, %s ag %s, %s s/o %s; " % (
                      word(rng), word(rng), word(rng), word(rng).upper(), word(rng), word(rng)))),
    "coordinated": ("'<Name> <Surname> and <Name>, <Name> (<Name> <Name>) and <Name> (9)' lists",
                    lambda rng, size: lines_until(size, lambda i: "We met %s %s and %s, %s (%s %s), %s (9) and %s. " % tuple(
                        word(rng) for _ in range(8)))),
    "signatures": ("e-mails signed 'Regards,\\n<Given> <Surname>\\nField officer'",
                   lambda rng, size: lines_until(size, lambda i: "Please see the list.\nRegards,\n%s %s\nField officer\n\n" % (
                       word(rng), word(rng)))),
    "handles": ("'@<given>_<surname> wrote to <given>.<surname>@example.org' lines",
                lambda rng, size: lines_until(size, lambda i: (lambda a, b: "@%s_%s wrote to %s.%s@example.org about %s %s\n" % (
                    a.lower(), b.lower(), a.lower(), b.lower(), a, b))(word(rng), word(rng)))),
    "logins": ("'<Given> <Surname> (login <g>.<surname>) sent <surname>_<given>_0516.pdf and <G><Surname>.jpg' lines",
               lambda rng, size: lines_until(size, lambda i: (lambda a, b: "%s %s (login %s.%s) sent %s_%s_0516.pdf and %s%s.jpg\n" % (
                   a, b, a[0].lower(), b.lower(), b.lower(), a.lower(), a[0], b))(word(rng), word(rng)))),
    "numbered-list": ("'12. SURNAME Given, 34, <village>' lines",
                      lambda rng, size: lines_until(size, lambda i: "%d. %s %s, %d, %s\n" % (
                          i + 1, word(rng).upper(), word(rng), 18 + i % 60, word(rng)))),
    "lower-case-chat": ("messages in lower case naming people: 'saw <given> <surname> at <place> today'",
                        lambda rng, size: lines_until(size, lambda i: "saw %s %s at %s today, %s said ok\n" % (
                            word(rng).lower(), word(rng).lower(), word(rng).lower(), word(rng).lower()))),
    "comma-names": ("'Karimi, Nooria, Safio, ...' (surnames the tagger reads) on one line",
                    lambda rng, size: lines_until(size, lambda i: "%s%s, " % (
                        rng.choice(["Karimi", "Noori", "Safi", "Wardak", "Haidari", "Omari", "Zarbakht", "Oduya"]),
                        rng.choice(["", "i", "a", "o"])))),
    "no-commas": ("short lines without a comma: 'Patrol 12 reached the ridge at dawn'",
                  lambda rng, size: lines_until(size, lambda i: "Patrol %d reached the ridge at dawn\n" % i)),
    "records": ("'<Surname>;<Given>;34;F' records, in lines and several on one line",
                lambda rng, size: lines_until(size, lambda i: "%s;%s;%d;%s%s" % (
                    word(rng), word(rng), 18 + i % 60, "FM"[i % 2], "\n" if i % 3 == 0 else ", "))),
    "phone-lines": ("'<Given> <Surname> 0722 123 456 / <Given> 0733 987 654' contact lines, and one long line of numbers",
                    lambda rng, size: lines_until(size // 2, lambda i: "%s %s 0722 %03d %03d / %s 0733 987 654\n" % (
                        word(rng), word(rng), i % 1000, (i * 7) % 1000, word(rng))) +
                    lines_until(size // 2, lambda i: "%s 0722 %03d %03d, " % (word(rng), i % 1000, (i * 3) % 1000))),
    "role-appositions": ("'<Given> <Surname>, the driver, met <Given>; the guard, <Given> <Surname>, left' sentences",
                         lambda rng, size: lines_until(size, lambda i: "%s %s, the driver, met %s; the guard, %s %s, left. " % (
                             word(rng), word(rng), word(rng), word(rng), word(rng)))),
    "camel-handles": ("'<Given> <Surname> posts as <Given><Surname>' lines",
                      lambda rng, size: lines_until(size, lambda i: (lambda a, b: "%s %s posts as %s%s and %s%s.\n" % (
                          a, b, a, b, b, a))(word(rng), word(rng)))),
    "labelled-lists": ("'Names given at the barrier:' over lines of '<Given> / <Given>?' and '<Given>, <Given> (brothers)'",
                       lambda rng, size: lines_until(size, lambda i: ("Names given at the barrier (as heard):\n"
                                                                       if i % 40 == 0 else "%s / %s?\n" % (word(rng), word(rng)))
                                                     + ("" if i % 7 else "%s, %s (brothers) and %s.\n" % (word(rng), word(rng), word(rng))))),
    "mail-headers": ("e-mail headers 'From: <Given>' / 'To: <Given>; <Given>' / 'Subject:' over one line of text",
                     lambda rng, size: lines_until(size, lambda i: "From: %s\nTo: %s; %s <a@example.org>\nSubject: %s\n%s met %s.\n" % (
                         word(rng), word(rng), word(rng), word(rng), word(rng), word(rng)))),
    "deed-subjects": ("'0745  <Given> and <Given> saw ...; <Given> radioed ... Copy, <Given>. <Given> (reliable)' lines",
                      lambda rng, size: lines_until(size, lambda i: "0745  %s and %s saw two men; %s radioed the base. Copy, %s. %s (reliable) asked for %s by name.\n" % (
                          word(rng), word(rng), word(rng), word(rng), word(rng), word(rng)))),
    "deed-one-name": ("one name as the subject of every line: '<Name> said ...', and in small letters once",
                      lambda rng, size: "the esekon road.\n" + lines_until(size, lambda i: "Esekon said the road was closed. Thanks, Esekon.\n")),
    "sign-offs": ("chat lines signed after a dash, roles in apposition: '[14/03] +964 ...: ... kids ok. \u2013 <Given>'",
                  lambda rng, size: lines_until(size, lambda i: "[14/03, 22:%02d] +964 750 %03d: kids ok. \u2013 %s. %s, the driver of the car, paid. \u2013 SM\n" % (
                      i % 60, i % 1000, word(rng), word(rng)))),
    "addresses-and-codes": ("'| <Given> | 77 123 45 67 | 12 rue <Word>, apt 4 | card 841-00123456 |' rows under a phone column, and numbers in prose",
                            lambda rng, size: "| Name | T\u00e9l\u00e9phone | Address | Card |\n" + lines_until(size, lambda i: (
                                "| %s | 77 %03d %02d %02d | %d rue %s, apt %d | card 841-%08d |\n" % (
                                    word(rng), i % 1000, i % 100, (i * 7) % 100, i % 90 + 1, word(rng).capitalize(), i % 9, i)
                                if i % 4 else
                                "Tel: 6 77 %02d 34 56 or 06 61 %02d 45 67; %d Sadova Street; FCN 1 %04d 0093; 09/09 06:30, 2019-2020.\n" % (
                                    i % 100, i % 100, i % 900 + 1, i % 10000)))),
    "one-token": ("one word of two megabytes without a space",
                  lambda rng, size: "x" * size),
    "punctuation": ("quotes and apostrophes only",
                    lambda rng, size: "\"' " * (size // 3)),
}


def release_ms(tearline, policy, path, home):
    """[release, detect, resolve, transform, leak check] in ms, then the peak RSS in MB."""
    proc = subprocess.run(["/usr/bin/time", "-f", "peak-rss-kb %M", "taskset", "-c", "0", tearline, "release", path,
                           "--policy", policy, "-o", path + ".out", "--home", home, "--timings"],
                          capture_output=True, text=True)
    m = re.search(r"release of (\d+) bytes ([\d.]+) ms .*?: detect ([\d.]+), resolve ([\d.]+), transform ([\d.]+), "
                  r"leak check ([\d.]+)", proc.stderr)
    rss = re.search(r"peak-rss-kb (\d+)", proc.stderr)
    if not m or not rss:
        sys.exit("no timings from %s (exit %d): %s" % (path, proc.returncode, proc.stderr[-400:]))
    return [float(x) for x in m.groups()[1:]] + [int(rss.group(1)) / 1024]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--tearline", default=os.path.join(here, "..", "build", "tearline"))
    ap.add_argument("--policy", default=os.path.join(here, "quality", "synthetic", "partner.toml"))
    ap.add_argument("--mb", type=float, default=0.5)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each size this many times, alternating the sizes, and keep the fastest run")
    a = ap.parse_args()
    size = int(a.mb * 1e6)
    print("| shape | MB | release ms | detect | resolve | leak check | MB (x2) | release ms | ratio | peak RSS MB (x2) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        for name in a.shapes.split(","):
            _, make = SHAPES[name]
            inputs = []
            for scale in (1, 2):
                text = make(random.Random(7), size * scale)
                path = os.path.join(tmp, "%s-%d.txt" % (name, scale))
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                inputs.append((len(text.encode()) / 1e6, path))
            best = [None, None]
            for _ in range(max(1, a.repeat)):
                for i, (_, path) in enumerate(inputs):
                    t = release_ms(a.tearline, a.policy, path, home)
                    if best[i] is None or t[0] < best[i][0]:
                        best[i] = t
            (mb1, t1), (mb2, t2) = (inputs[0][0], best[0]), (inputs[1][0], best[1])
            print("| %s | %.2f | %.0f | %.0f | %.0f | %.0f | %.2f | %.0f | %.2f | %.0f |" % (
                name, mb1, t1[0], t1[1], t1[2], t1[4], mb2, t2[0], t2[0] / t1[0], t2[5]))


if __name__ == "__main__":
    main()

"""Tests of the benchmark's gold readers and scoring rule (synthetic data only).

Run: python3 -m unittest discover -s bench/quality -p '*_test.py'
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpora  # noqa: E402
import score  # noqa: E402


def conllu(rows):
    """rows: (id, form, upos, misc) -> CoNLL-U text of one sentence."""
    return "".join(f"{i}\t{f}\t_\t{u}\t_\t_\t0\t_\t_\t{m}\n" for i, f, u, m in rows) + "\n"


class ScoreTest(unittest.TestCase):
    def test_utf16_to_bytes(self):
        cases = [
            ("abc", [0, 1, 2, 3]),
            ("é", [0, 2]),
            ("a😀b", [0, 1, 5, 5, 6]),  # the emoji is two UTF-16 units, four bytes
            ("", [0]),
        ]
        for text, want in cases:
            self.assertEqual(score.utf16_to_byte_offsets(text), want, text)

    def test_rule(self):
        data = "Mr Ivo Brandt met Zoë Kral and Per Lind.".encode("utf-8")
        ivo = (0, 13)      # "Mr Ivo Brandt": the honorific need not be covered
        zoe = (18, 27)     # "Zoë Kral" (ë is two bytes)
        per = (32, 40)     # "Per Lind"
        gold = [ivo, zoe, per]
        # (predicted spans, gold, found, found_overlap, pred, correct)
        cases = [
            ([(3, 13), (18, 27), (32, 40)], 3, 3, 3, 3, 3),
            ([(0, 13)], 3, 1, 1, 1, 1),
            ([(3, 6), (7, 13)], 3, 1, 1, 2, 2),       # two pieces covering one name
            ([(3, 6)], 3, 0, 1, 1, 1),                # "Ivo" alone leaks "Brandt"
            ([(18, 21)], 3, 0, 1, 1, 1),              # "Zo" without the ë: not covered
            ([(14, 17), (28, 31)], 3, 0, 0, 2, 0),    # "met", "and": wrong
            ([(5, 5)], 3, 0, 0, 0, 0),                # empty spans are ignored
            ([], 3, 0, 0, 0, 0),
        ]
        for pred, g, found, fo, npred, correct in cases:
            c = score.score_doc(data, gold, pred)
            self.assertEqual((c.gold, c.found, c.found_overlap, c.pred, c.correct),
                             (g, found, fo, npred, correct), pred)

    def test_f1_and_bounds(self):
        c = score.Counts(gold=4, found=2, found_overlap=3, pred=2, correct=1)
        self.assertAlmostEqual(c.f1(), 2 * 0.5 * 0.5 / 1.0)
        self.assertEqual(score.Counts().f1(), 0.0)
        with self.assertRaises(ValueError):
            score.score_doc(b"abc", [(0, 4)], [])


class TabTest(unittest.TestCase):
    def test_lowest_annotator_person_only_bytes(self):
        doc = {"doc_id": "x", "text": "Ünal Koç and Acme saw Ünal.",
               "annotations": {
                   "annotator12": {"entity_mentions": []},
                   "annotator3": {"entity_mentions": [
                       {"entity_type": "PERSON", "start_offset": 0, "end_offset": 8, "identifier_type": "DIRECT"},
                       {"entity_type": "ORG", "start_offset": 13, "end_offset": 17, "identifier_type": "QUASI"},
                       {"entity_type": "PERSON", "start_offset": 22, "end_offset": 26, "identifier_type": "NO_MASK"},
                   ]}}}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump([doc], f)
        try:
            docs = corpora.read_tab(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(len(docs), 1)
        # "Ünal Koç": Ü and ç are two bytes each -> [0, 10); second "Ünal" at char 22 = byte 24.
        self.assertEqual(docs[0].gold, [(0, 10), (24, 29)])
        self.assertEqual(docs[0].data[24:29].decode("utf-8"), "Ünal")


class GumGoldTest(unittest.TestCase):
    def test_person_spans_only_in_bytes(self):
        text = "Ünal Koç met Ada in Oslo."
        lines = "\n".join([
            json.dumps({"file": "a.conllu", "text": text, "spans": [
                {"begin": 0, "end": 10, "label": "PERSON"},
                {"begin": 15, "end": 18, "label": "PERSON"},
                {"begin": 22, "end": 26, "label": "LOC"}]}),
            "",
            json.dumps({"file": "b.conllu", "text": "", "spans": []}),
        ])
        docs = corpora.read_gum_gold(lines)
        self.assertEqual([d.name for d in docs], ["a.conllu", "b.conllu"])
        self.assertEqual(docs[0].gold, [(0, 10), (15, 18)])
        self.assertEqual([docs[0].data[b:e].decode("utf-8") for b, e in docs[0].gold], ["Ünal Koç", "Ada"])
        self.assertEqual(docs[1].gold, [])

    def test_bad_output(self):
        cases = [
            "not json",
            json.dumps({"file": "a", "text": "abc"}),  # no spans
            json.dumps({"file": "a", "text": "abc", "spans": [{"begin": 1, "end": 9, "label": "PERSON"}]}),
            json.dumps({"file": "a", "text": "abc", "spans": [{"begin": 2, "end": 2, "label": "PERSON"}]}),
            json.dumps({"file": "a", "text": "abc", "spans": [{"begin": 0, "end": 1}]}),
        ]
        for line in cases:
            with self.subTest(line=line), self.assertRaises(ValueError):
                corpora.read_gum_gold(line)


def gum_gold_tool():
    tool = os.environ.get("TEARLINE_GUM_GOLD")
    if not tool:
        raise AssertionError("set TEARLINE_GUM_GOLD to build/src/tag/tearline_gum_gold (ctest sets it)")
    return tool


class GumGoldToolTest(unittest.TestCase):
    """The tool prints corpus.cc's gold (its rules are tested in corpus_test.cc);
    these cases check the text, the byte offsets and the errors end to end."""

    def run_tool(self, contents):
        with tempfile.TemporaryDirectory() as d:
            paths = []
            for i, c in enumerate(contents):
                p = os.path.join(d, f"doc{i}.conllu")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(c)
                paths.append(p)
            r = subprocess.run([gum_gold_tool(), *paths], capture_output=True, text=True)
            return r, paths

    def test_text_and_person_spans(self):
        s1 = conllu([
            ("1", "Dr.", "PROPN", "Entity=(1-person-new-x-y-2,3"),
            ("2", "Ünal", "PROPN", "_"),
            ("3", "Quist", "PROPN", "Entity=1)|SpaceAfter=No"),
            ("4", ",", "PUNCT", "_"),
            ("5", "the", "DET", "Entity=(2-person-new-x-y-"),
            ("6-7", "boss's", "_", "_"),
            ("6", "boss", "NOUN", "_"),
            ("7", "'s", "PART", "Entity=2)"),
            ("8", "aide", "NOUN", "Entity=(3-place-new-x-y-1)|SpaceAfter=No"),
            ("9", ".", "PUNCT", "_"),
        ])
        s2 = conllu([
            ("1", "Jan", "PROPN", "Entity=(4-person-new-x-y-1,2,3"),
            ("2", "van", "ADP", "_"),
            ("3", "Eyck", "PROPN", "Entity=4)"),
            ("4", "left", "VERB", "_"),
        ])
        r, paths = self.run_tool(["# newdoc\n# newpar\n" + s1 + "# newpar\n" + s2, s2])
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = corpora.read_gum_gold(r.stdout)
        self.assertEqual([d.name for d in docs], paths)
        text = docs[0].data.decode("utf-8")
        self.assertEqual(text, "Dr. Ünal Quist, the boss's aide.\n\nJan van Eyck left")
        self.assertEqual([docs[0].data[b:e].decode("utf-8") for b, e in docs[0].gold], ["Ünal Quist", "Jan van Eyck"])
        self.assertEqual([docs[1].data[b:e].decode("utf-8") for b, e in docs[1].gold], ["Jan van Eyck"])

    def test_longer_overlapping_span_wins(self):
        s = conllu([
            ("1", "Vela", "PROPN", "Entity=(1-place-new-x-y-1,2(2-person-new-x-y-1)"),
            ("2", "Museum", "PROPN", "Entity=1)"),
            ("3", "opened", "VERB", "_"),
        ])
        r, _ = self.run_tool([s])
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertEqual([(x["begin"], x["end"], x["label"]) for x in out[0]["spans"]], [(0, 11, "LOC")])
        self.assertEqual(corpora.read_gum_gold(r.stdout)[0].gold, [])

    def test_bad_file_fails_and_names_it(self):
        r, paths = self.run_tool(["1\tonly\tthree\n"])
        self.assertEqual(r.returncode, 3)
        self.assertIn(paths[0], r.stderr)
        self.assertEqual(r.stdout, "")


if __name__ == "__main__":
    unittest.main()

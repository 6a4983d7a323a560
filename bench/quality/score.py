"""Scoring of predicted PERSON spans against gold PERSON mentions (byte spans).

WHAT THESE FUNCTIONS REPRESENT
  The one rule applied to every system and corpus:
  - recall: a gold PERSON mention is found when the union of the predicted PERSON
    spans covers every byte of every word character (Unicode letter or digit,
    str.isalnum) of the mention, leading honorifics ("Mr", "Ms.", "Dr", ... see
    HONORIFIC) excepted: a title identifies nobody, and TAB puts it inside the
    mention while GUM's minimal span leaves it out. A gold mention without any
    required character is not counted.
  - precision: a predicted PERSON span is correct when it overlaps (shares at
    least one byte with) some gold PERSON mention of the same document.
  - F1 = 2PR / (P + R).
  "recall (overlap)" is given beside it for reference only: a gold mention
  counts there when any predicted PERSON span overlaps it.

  Also: utf16_to_byte_offsets, for compromise's JS string offsets.

THREAD SAFETY
  Pure functions; no shared state.
"""

import re
from dataclasses import dataclass

HONORIFIC = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Messrs|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Rev|"
    r"President|General|Gen|Colonel|Col|Captain|Capt|Sgt|Sergeant|Lt|Major|Maj)\.?\s+)+")


@dataclass
class Counts:
    gold: int = 0           # gold mentions with at least one required character
    found: int = 0          # of those, found by the coverage rule
    found_overlap: int = 0  # of those, overlapped by some prediction
    pred: int = 0           # predicted PERSON spans (non-empty)
    correct: int = 0        # of those, overlapping some gold mention

    def add(self, other):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def recall(self):
        return self.found / self.gold if self.gold else 0.0

    def recall_overlap(self):
        return self.found_overlap / self.gold if self.gold else 0.0

    def precision(self):
        return self.correct / self.pred if self.pred else 0.0

    def f1(self):
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r > 0 else 0.0


def utf16_to_byte_offsets(text):
    """Returns a list m with m[u] = byte offset of UTF-16 code unit u of text
    (len = UTF-16 length + 1). A unit inside a surrogate pair (the second half)
    maps to the byte offset after the character, so that spans never cut one."""
    out = []
    pos = 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        out.append(pos)
        if ord(ch) > 0xFFFF:
            out.append(pos + n)
        pos += n
    out.append(pos)
    return out


def required_bytes(data, begin, end):
    """Byte offsets (as a list of (b, e) character ranges) of the word characters
    of gold mention data[begin:end] that a prediction must cover."""
    s = data[begin:end].decode("utf-8")
    m = HONORIFIC.match(s)
    skip = m.end() if m else 0
    out = []
    pos = begin
    for i, ch in enumerate(s):
        n = len(ch.encode("utf-8"))
        if i >= skip and ch.isalnum():
            out.append((pos, pos + n))
        pos += n
    return out


def score_doc(data, gold, pred):
    """Scores one document: data = UTF-8 bytes, gold and pred = [(begin, end)]
    byte spans. Returns Counts. Raises ValueError on a span outside data."""
    for b, e in list(gold) + list(pred):
        if not (0 <= b <= e <= len(data)):
            raise ValueError("span outside the document")
    pred = [(b, e) for b, e in pred if e > b]
    covered = bytearray(len(data))
    for b, e in pred:
        covered[b:e] = b"\x01" * (e - b)
    c = Counts(pred=len(pred))
    for gb, ge in gold:
        req = required_bytes(data, gb, ge)
        if not req:
            continue
        c.gold += 1
        if all(all(covered[b:e]) for b, e in req):
            c.found += 1
        if any(pb < ge and gb < pe for pb, pe in pred):
            c.found_overlap += 1
    for pb, pe in pred:
        if any(pb < ge and gb < pe for gb, ge in gold):
            c.correct += 1
    return c

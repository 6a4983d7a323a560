"""Gold PERSON mentions for the quality benchmark, as byte spans of UTF-8 texts.

WHAT THESE FUNCTIONS REPRESENT
  Each reader returns a list of Doc: a name, the UTF-8 bytes of the text that the
  systems under test read, and the gold PERSON mentions as half-open byte spans
  [begin, end) of those bytes (sorted, exact duplicates removed).

  - TAB (Pilan et al. 2022) JSON: the lowest-numbered annotator's mentions with
    entity_type PERSON (every identifier_type, NO_MASK included: they are people
    too); TAB offsets are code-point offsets and are converted to bytes.
  - GUM CoNLL-U: a line-for-line port of ReadGumConllu in src/tag/corpus.cc
    (text rebuilt from tokens with SpaceAfter=No, multi-word tokens, "\\n" between
    sentences and "\\n\\n" before "# newpar"; PERSON gold = the named part of each
    person mention: its GUM minimal span cut into runs of name words, as the
    tagger's training data uses). Only the PERSON part of corpus.cc is ported.

THREAD SAFETY
  Pure functions; no shared state.

Errors raise ValueError; the driver turns them into a non-zero exit.
"""

import json
import re
from dataclasses import dataclass, field


@dataclass
class Doc:
    name: str
    data: bytes  # UTF-8 text
    gold: list = field(default_factory=list)  # [(begin, end)] byte spans


def char_to_byte_offsets(text):
    """Returns a list b with b[i] = byte offset of code point i of text (len(text)+1 entries)."""
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        pos += len(ch.encode("utf-8", "surrogatepass"))
    out[len(text)] = pos
    return out


def _annotator_number(key):
    m = re.fullmatch(r"annotator(\d+)", key)
    return int(m.group(1)) if m else 1 << 30


def read_tab(path):
    """Reads a TAB JSON file; returns [Doc]. Raises ValueError on malformed input."""
    with open(path, encoding="utf-8") as f:
        docs = json.load(f)
    if not isinstance(docs, list):
        raise ValueError("TAB: expected a JSON list")
    out = []
    for n, d in enumerate(docs):
        text = d["text"]
        anns = d.get("annotations") or {}
        if not anns:
            raise ValueError(f"TAB document {n}: no annotations")
        key = min(anns, key=lambda k: (_annotator_number(k), k))
        b = char_to_byte_offsets(text)
        gold = set()
        for m in anns[key]["entity_mentions"]:
            if m["entity_type"] != "PERSON":
                continue
            s, e = int(m["start_offset"]), int(m["end_offset"])
            if not (0 <= s < e <= len(text)):
                raise ValueError(f"TAB document {n}: mention offsets out of range")
            gold.add((b[s], b[e]))
        out.append(Doc(f"tab_{n:03d}", text.encode("utf-8"), sorted(gold)))
    return out


# ---- GUM: port of src/tag/corpus.cc (ReadGumConllu, PERSON spans only) ----

_NAME_PARTICLES = {"de", "da", "del", "von", "van", "bin", "al", "ibn", "-", "la"}


@dataclass
class _Word:
    begin: int
    end: int
    id: int
    upos: str
    form: bytes


def _parse_min_span(attrs):
    """GUM minimal span field (the 6th '-'-separated field): (lo, hi), (0, 0) when absent."""
    lo = hi = 0
    pos = 0
    for _ in range(5):
        pos = attrs.find("-", pos)
        if pos < 0:
            return 0, 0
        pos += 1
    end = attrs.find("-", pos)
    f = attrs[pos:] if end < 0 else attrs[pos:end]
    cur, any_digit = 0, False
    for i in range(len(f) + 1):
        if i < len(f) and "0" <= f[i] <= "9":
            cur = cur * 10 + (ord(f[i]) - 48)
            any_digit = True
            if cur > 1000:
                return lo, hi  # as corpus.cc: keeps what was parsed so far
        elif i == len(f) or f[i] == ",":
            if not any_digit:
                return lo, hi
            lo = cur if lo == 0 else min(lo, cur)
            hi = max(hi, cur)
            cur, any_digit = 0, False
        else:
            return 0, 0
    return lo, hi


def _misc_value(misc, key):
    for kv in misc.split("|"):
        if len(kv) > len(key) and kv.startswith(key) and kv[len(key)] == "=":
            return kv[len(key) + 1:]
    return ""


def _lower_start(w):
    c = w.form[0] if w.form else ord("a")
    return (ord("a") <= c <= ord("z")) or c == ord("'") or (c < 0x80 and not chr(c).isalnum())


def _name_word(w):
    if w.upos in ("PROPN", "NUM"):
        return True
    return not _lower_start(w) and w.upos not in ("PUNCT", "PART", "DET", "PRON")


def _emit_person(words, m, out):
    first, last, min_lo, min_hi = m
    if min_lo > 0:
        lo, hi = first + min_lo - 1, first + min_hi - 1
        if lo <= hi <= last:
            first, last = lo, hi
    if any(words[i].form == b"of" for i in range(first, last + 1)):
        return
    i = first
    while i <= last:
        if not _name_word(words[i]):
            i += 1
            continue
        j = end = i
        while j + 1 <= last:
            nx = words[j + 1]
            if _name_word(nx):
                j += 1
                end = j
            elif nx.form.decode("utf-8") in _NAME_PARTICLES and j + 2 <= last and _name_word(words[j + 2]):
                j += 2
                end = j
            else:
                break
        propn = any(words[k].upos == "PROPN" for k in range(i, end + 1))
        if propn and end - i <= 10:
            out.add((words[i].begin, words[end].end))
        i = end + 1


def read_gum(conllu_text, name):
    """Ports ReadGumConllu; returns a Doc with PERSON gold. Raises ValueError on a bad line."""
    text = bytearray()
    gold = set()
    words, mentions, open_ = [], [], []  # mentions: (etype, first, last, min_lo, min_hi)
    state = {"new_par": False, "range_end": 0, "rb": 0, "re": 0, "space": False}

    def finish_sentence():
        for etype, first, last, lo, hi in mentions:
            if etype == "person" and last < len(words):
                _emit_person(words, (first, last, lo, hi), gold)
        words.clear()
        mentions.clear()
        open_.clear()
        state["range_end"] = 0
        state["space"] = False

    for line_no, line in enumerate(conllu_text.split("\n"), 1):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            if words:
                finish_sentence()
            continue
        if line[0] == "#":
            if line.startswith("# newpar") and "newpar_block" not in line:
                state["new_par"] = True
            continue
        f = line.split("\t")
        if len(f) != 10:
            raise ValueError(f"{name}: CoNLL-U line {line_no}: expected 10 columns")
        wid = f[0]
        if "." in wid:
            continue
        if not words and state["range_end"] == 0:
            if text:
                text += b"\n\n" if state["new_par"] else b"\n"
            state["new_par"] = False
            state["space"] = False
        form = f[1].encode("utf-8")
        space_after = _misc_value(f[9], "SpaceAfter") != "No"
        if "-" in wid:
            if state["space"]:
                text += b" "
            state["rb"] = len(text)
            text += form
            state["re"] = len(text)
            state["range_end"] = int(re.match(r"\d*", wid.split("-", 1)[1]).group(0) or 0)
            state["space"] = space_after
            continue
        w = _Word(0, 0, int(re.match(r"\d*", wid).group(0) or 0), f[3], form)
        if state["range_end"] != 0 and w.id <= state["range_end"]:
            rb, rend = state["rb"], state["re"]
            rest = bytes(text[rb:rend])
            w.begin = rb
            w.end = rb + len(form) if rest[:len(form)] == form and w.id != state["range_end"] else rend
            state["rb"] = rb if w.end == rend else w.end
            if w.id == state["range_end"]:
                state["range_end"] = 0
        else:
            if state["space"]:
                text += b" "
            w.begin = len(text)
            text += form
            w.end = len(text)
            state["space"] = space_after
        words.append(w)
        wi = len(words) - 1
        ent = _misc_value(f[9], "Entity")
        i = 0
        while i < len(ent):
            if ent[i] == "(":
                j = i + 1
                while j < len(ent) and ent[j] not in "()":
                    j += 1
                attrs = ent[i + 1:j]
                d1 = attrs.find("-")
                d2 = -1 if d1 < 0 else attrs.find("-", d1 + 1)
                eid = attrs if d1 < 0 else attrs[:d1]
                etype = "" if d1 < 0 else (attrs[d1 + 1:] if d2 < 0 else attrs[d1 + 1:d2])
                lo, hi = _parse_min_span(attrs)
                if j < len(ent) and ent[j] == ")":
                    mentions.append((etype, wi, wi, lo, hi))
                    i = j + 1
                else:
                    open_.append((eid, etype, wi, lo, hi))
                    i = j
            else:
                j = i
                while j < len(ent) and ent[j] not in "()":
                    j += 1
                eid = ent[i:j]
                for k in range(len(open_) - 1, -1, -1):
                    if open_[k][0] == eid:
                        _, etype, first, lo, hi = open_[k]
                        mentions.append((etype, first, wi, lo, hi))
                        del open_[k]
                        break
                i = j + 1 if (j < len(ent) and ent[j] == ")") else j
    if words:
        finish_sentence()
    return Doc(name, bytes(text), sorted(gold))

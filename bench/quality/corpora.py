"""Gold PERSON mentions for the quality benchmark, as byte spans of UTF-8 texts.

WHAT THESE FUNCTIONS REPRESENT
  Each reader returns a list of Doc: a name, the UTF-8 bytes of the text that the
  systems under test read, and the gold PERSON mentions as half-open byte spans
  [begin, end) of those bytes (sorted, exact duplicates removed).

  - TAB (Pilan et al. 2022) JSON: the lowest-numbered annotator's mentions with
    entity_type PERSON (every identifier_type, NO_MASK included: they are people
    too); TAB offsets are code-point offsets and are converted to bytes.
  - GUM CoNLL-U: not read here. `tearline_gum_gold` (src/tag/gum_gold_tool.cc)
    prints the text and gold spans of ReadGumConllu in src/tag/corpus.cc, the
    same gold the tagger's training and its own evaluation use (PERSON = the
    named part of each person mention); read_gum_gold parses that output, so
    the rules exist once.

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


# ---- GUM: the gold of src/tag/corpus.cc, printed by tearline_gum_gold ----


def read_gum_gold(json_lines):
    """Docs from the output of tearline_gum_gold (one JSON object per line:
    file, text, spans with half-open byte offsets and labels); PERSON spans
    only. Raises ValueError on a malformed line or a span outside its text."""
    docs = []
    for n, line in enumerate(json_lines.splitlines(), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
            name, data = str(o["file"]), o["text"].encode("utf-8")
            gold = set()
            for sp in o["spans"]:
                b, e = int(sp["begin"]), int(sp["end"])
                if not 0 <= b < e <= len(data):
                    raise ValueError(f"span [{b}, {e}) outside the text")
                if sp["label"] == "PERSON":
                    gold.add((b, e))
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as err:
            raise ValueError(f"tearline_gum_gold output line {n}: {err}") from err
        docs.append(Doc(name, data, sorted(gold)))
    return docs

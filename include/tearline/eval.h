// tearline/eval.h — scoring a masking against Text Anonymization Benchmark gold.
//
// WHAT THESE TYPES REPRESENT
//   TabDocument is one document of a TAB-format JSON file (a JSON list of
//   {doc_id, text, annotations: {annotatorN: {entity_mentions: [...]}}}) with
//   the mentions of ONE annotator: "annotator1" when present, otherwise the
//   annotator with the smallest number N. TAB offsets are code point offsets
//   into text; TabMention holds them converted to half-open BYTE offsets.
//
//   A masking is, per document, a list of half-open byte spans that the
//   system hid. EvalResult scores it the TAB way:
//   - evaluation tokens are the maximal runs of letters/digits (any script) in
//     the text; punctuation and spaces are not tokens. A token is masked when
//     every one of its bytes lies inside the union of the document's masks;
//   - a gold mention is masked when every token that overlaps it is masked;
//   - an entity (mentions sharing entity_id) is DIRECT if any of its mentions
//     is DIRECT, else QUASI if any is QUASI, else NO_MASK; it is protected when
//     all of its DIRECT and QUASI mentions are masked. ER_di / ER_qi are the
//     protected shares of DIRECT / QUASI entities;
//   - token recall: share of tokens inside DIRECT/QUASI mentions that are
//     masked; token precision: share of masked tokens that overlap some
//     DIRECT/QUASI mention (1 when nothing is masked);
//   - per entity type: mention recall and entity recall over DIRECT/QUASI
//     mentions/entities of that type.
//
// THREAD SAFETY
//   Pure functions over values.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tearline/status.h"

namespace tearline {

struct TabMention {
  size_t begin = 0;  // byte offsets into TabDocument::text
  size_t end = 0;
  std::string entity_type;      // PERSON, CODE, LOC, ORG, DATETIME, DEM, QUANTITY, MISC
  std::string identifier_type;  // DIRECT, QUASI, NO_MASK
  std::string entity_id;
};

struct TabDocument {
  std::string doc_id;
  std::string text;
  std::string annotator;  // the annotator whose mentions were kept ("" if none)
  std::vector<TabMention> mentions;
};

// Parses a TAB JSON file image. kBadInput (with the document index, never
// document text) on malformed JSON, missing fields, invalid UTF-8 text or
// offsets outside the text.
Result<std::vector<TabDocument>> ParseTab(std::string_view json);
// Reads and parses a file (kIOError/kNotFound when it cannot be read).
Result<std::vector<TabDocument>> LoadTab(const std::string& path);

// Byte offset of code point offset `cp` in UTF-8 `text`; nullopt-like
// SIZE_MAX when cp is beyond the end. cp == number of code points gives
// text.size().
size_t CodePointToByte(std::string_view text, size_t cp);

using MaskSpans = std::vector<std::pair<size_t, size_t>>;  // half-open byte spans

struct TypeScore {
  size_t mentions = 0, mentions_masked = 0;
  size_t entities = 0, entities_protected = 0;
  double mention_recall = 0, entity_recall = 0;  // 1 when the count is 0
};

struct EvalResult {
  size_t documents = 0;
  size_t di_entities = 0, di_protected = 0;
  size_t qi_entities = 0, qi_protected = 0;
  double er_di = 0, er_qi = 0;
  size_t gold_tokens = 0, gold_tokens_masked = 0;
  size_t masked_tokens = 0, masked_tokens_in_gold = 0;
  double token_recall = 0, token_precision = 0;
  std::map<std::string, TypeScore> per_type;  // by entity_type
};

// Scores masks[i] against docs[i]. kInvalidArgument when the sizes differ or
// a span is outside its document or has begin > end.
Result<EvalResult> ScoreMasking(const std::vector<TabDocument>& docs, const std::vector<MaskSpans>& masks);

// A plain-text table of the result (no document text).
std::string FormatEvalTable(const EvalResult& r);
// The result as a JSON object (pretty-printed, 2 spaces).
std::string EvalResultToJson(const EvalResult& r);

}  // namespace tearline

// tearline/records.h — record inputs (CSV, JSONL) and per-field release policy.
//
// WHAT THESE TYPES REPRESENT
//   A CsvTable is a parsed RFC 4180 file: the input bytes unchanged, the
//   header (column names), and for every record and column the half-open raw
//   byte span of the field in the input (including its quotes when quoted).
//   Values are decoded on demand, so parsing allocates per record, not per
//   field. Accepted: an optional UTF-8 BOM, a header row, LF or CRLF record
//   terminators (each record's own terminator is kept on output), quoted
//   fields with "" escapes and embedded CR/LF, an optional final terminator.
//   Refused (kBadInput, with the 1-based physical line): a bare CR outside
//   quotes, a quote inside an unquoted field, text after a closing quote, an
//   unterminated quote, a record whose field count differs from the header,
//   duplicate column names, NUL bytes, and invalid UTF-8 (also naming the
//   column). Error messages never quote field contents.
//
//   A JsonlTable is a file of one JSON object per line (LF or CRLF; blank
//   lines refused). Each line is validated with nlohmann-json (duplicate keys
//   are refused) and fields are addressed by RFC 6901 JSON pointers
//   ("/person/name", "/tags/0").
//
//   A FieldPolicy says, per CSV column or JSON pointer, what the release does
//   to the field: keep, redact, pseudonym, generalize (one hierarchy level),
//   drop, or text (a caller-supplied transform, normally the text pipeline).
//   Fields the policy does not name are dropped (fail closed) unless
//   keep_unlisted is set. Quasi-identifiers listed in the policy are
//   generalized by the k-anonymity gate (tearline/kanon.h), which may also
//   withhold whole records (suppression).
//
//   The release keeps the input's format: untouched fields keep their exact
//   bytes (quoting included), each kept record keeps its terminator, a BOM is
//   kept. Changed CSV values are quoted only when they need it. In JSONL a
//   changed value is written as a JSON string and a dropped member is removed
//   with its separator; every other byte of the line is kept.
//
// THREAD SAFETY
//   Parsed tables are immutable values; the functions are pure apart from the
//   callbacks the caller supplies (which are called from the calling thread).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/aggregate.h"
#include "tearline/kanon.h"
#include "tearline/status.h"

namespace tearline {

enum class RecordFormat { kCsv, kJsonl };

// .csv -> kCsv; .jsonl/.ndjson -> kJsonl; anything else kBadInput.
Result<RecordFormat> RecordFormatForPath(std::string_view path);

// ---------------------------------------------------------------- CSV

struct CsvOptions {
  size_t max_bytes = 1u << 30;  // larger inputs are refused (kBadInput)
};

struct CsvField {
  size_t begin = 0;  // raw span in CsvTable::source, quotes included
  size_t end = 0;
  bool quoted = false;
};

struct CsvRecord {
  size_t begin = 0;     // first byte of the record
  size_t end = 0;       // one past its last field (terminator excluded)
  size_t term_end = 0;  // one past its terminator (== end if none)
  size_t line = 0;      // 1-based physical line on which the record starts
};

struct CsvTable {
  std::string source;                // the input bytes, unchanged
  size_t bom = 0;                    // 3 if the input starts with a UTF-8 BOM, else 0
  std::vector<std::string> columns;  // decoded header names, in order
  CsvRecord header;
  std::vector<CsvField> header_fields;
  std::vector<CsvRecord> records;  // data records, in order
  std::vector<CsvField> fields;    // records.size() * columns.size(), row-major

  size_t num_columns() const { return columns.size(); }
  const CsvField& field(size_t row, size_t col) const { return fields[row * columns.size() + col]; }
  // The raw bytes of a field (quotes included).
  std::string_view raw(size_t row, size_t col) const;
  // The decoded value (quotes removed, "" unescaped).
  std::string value(size_t row, size_t col) const;
  // Index of a column by name, or nullopt.
  std::optional<size_t> ColumnIndex(std::string_view name) const;
};

// Parses RFC 4180 CSV with a header row (see above). Fails with kBadInput.
Result<CsvTable> ParseCsv(std::string bytes, const CsvOptions& options = {});

// Appends `value` as a CSV field: as is, or quoted with "" escapes when it
// contains a comma, a quote, CR or LF, or starts/ends with a space.
void AppendCsvField(std::string_view value, std::string* out);

// ---------------------------------------------------------------- JSONL

struct JsonlOptions {
  size_t max_bytes = 1u << 30;
  size_t max_depth = 64;  // deeper nesting is refused
};

struct JsonlLine {
  size_t begin = 0, end = 0;  // the object's line, terminator excluded
  size_t term_end = 0;        // one past its terminator
  size_t line = 0;            // 1-based
};

struct JsonlTable {
  std::string source;
  std::vector<JsonlLine> lines;
};

// Splits and validates JSONL (see above). Fails with kBadInput naming the line.
Result<JsonlTable> ParseJsonl(std::string bytes, const JsonlOptions& options = {});

// Checks that `pointer` is a valid RFC 6901 JSON pointer (kPolicyError if not).
Status ValidateJsonPointer(std::string_view pointer);

// The value at `pointer` in line `index` as text: a string's decoded value,
// or the JSON text of any other value; nullopt if the pointer does not resolve.
Result<std::optional<std::string>> JsonlValue(const JsonlTable& table, size_t index,
                                              std::string_view pointer);

// ---------------------------------------------------------------- field policy

enum class FieldActionType { kKeep, kRedact, kPseudonym, kGeneralize, kDrop, kText };
std::string_view FieldActionName(FieldActionType type);

struct FieldRule {
  std::string field;  // CSV column name, or JSON pointer for JSONL
  FieldActionType action = FieldActionType::kDrop;
  // kGeneralize: the hierarchy and the level to apply (1..height()).
  std::shared_ptr<const Hierarchy> hierarchy;
  int level = 1;
  // kPseudonym: the domain mixed into the HMAC (default: the field name), so
  // that the same value in two columns can be made to agree or not.
  std::string pseudonym_domain;
};

// A half-open byte range [begin, end) of a release's output.
struct OutputRange {
  size_t begin = 0;
  size_t end = 0;
};

// What the text pipeline made of one value: the new text, and the ranges of
// it that the pipeline wrote (masks, labels, pseudonyms), sorted and
// disjoint, which the leak check of the whole output must not re-scan.
struct TextOutput {
  TextOutput() = default;
  TextOutput(std::string t) : text(std::move(t)) {}  // NOLINT: no inserted ranges
  std::string text;
  std::vector<OutputRange> inserted;
};

// Returns the pseudonym text for `value` of `field`. Must be deterministic.
using PseudonymFn = std::function<std::string(std::string_view field, std::string_view value)>;
// Runs a field's value through the text pipeline; an error fails the release.
using TextFn = std::function<Result<TextOutput>(std::string_view field, std::string_view value)>;

struct FieldPolicy {
  std::vector<FieldRule> rules;
  bool keep_unlisted = false;  // unlisted = "keep"; default drops them
  std::string mask = "[REDACTED]";

  // kPseudonym: `pseudonym` if set, else "P-" + 8 Crockford base32
  // characters (40 bits) of HMAC-SHA-256(pseudonym_key, domain + ":" + value).
  // One of the two is required when any rule is kPseudonym.
  PseudonymFn pseudonym;
  std::vector<uint8_t> pseudonym_key;
  // kText: required when any rule is kText.
  TextFn text;

  // Quasi-identifiers: generalized by the k-anonymity gate. A field may not
  // be both a rule and a quasi-identifier. Empty: no gate.
  std::vector<QuasiIdentifier> quasi_identifiers;
  KAnonOptions kanon;
};

struct RecordsReport {
  size_t records_in = 0;
  size_t records_out = 0;                  // records_in minus suppressed records
  std::vector<std::string> fields_out;     // CSV: output columns in order
  std::vector<std::string> fields_dropped; // named or unlisted fields removed
  std::optional<KAnonResult> kanon;        // set when the gate ran
  // Keyed hashes of the released quasi-identifier combinations (for the
  // ledger); set when the gate ran and FieldPolicy::pseudonym_key is set.
  std::optional<ReleaseFingerprint> fingerprint;
};

struct RecordsRelease {
  std::string output;
  RecordsReport report;
  // Output ranges tearline wrote: every value a rule or the gate changed
  // (redact, pseudonym, generalize, a quasi-identifier above level 0; CSV
  // quotes included), and for `text` the ranges the pipeline reported inside
  // the value. Sorted, disjoint. Kept bytes and the header are never in it.
  std::vector<OutputRange> inserted;
};

// Applies `policy` to a CSV table. Fails: kPolicyError (a rule or
// quasi-identifier names no column, a field named twice, a missing callback
// or key, a bad level), kBadInput (a quasi-identifier value its hierarchy
// cannot generalize: the message names row and column, not the value),
// kBlocked (the k-anonymity gate cannot reach k or the risk threshold).
Result<RecordsRelease> ReleaseCsv(const CsvTable& table, const FieldPolicy& policy);

// The same for JSONL; fields are JSON pointers. A pointer that resolves in no
// line is kPolicyError; a pointer missing from some lines is left alone there
// (a quasi-identifier missing from a line is kBadInput). Unlisted members are
// dropped unless keep_unlisted; an object on the path to a named pointer is
// kept with only its named descendants.
Result<RecordsRelease> ReleaseJsonl(const JsonlTable& table, const FieldPolicy& policy);

// ---------------------------------------------------------------- policy

// A hierarchy named in a policy's [records.hierarchies], with what the
// policy file needs to refer to its levels and to fingerprint it.
struct HierarchySpec {
  std::string field;
  std::shared_ptr<const Hierarchy> hierarchy;
  // Names of levels 1..height()-1 ("5y", "week", "province"), for
  // `{ generalize = "name" }`; may be shorter than height()-1.
  std::vector<std::string> level_names;
  // Canonical text for the policy fingerprint ("age:5,10,20", or for a table
  // "table:places sha256=<hex of the file>").
  std::string canonical;
};

// The count-table mode of a records release: counts per group instead of rows.
struct RecordsAggregate {
  std::vector<std::string> by;  // 1 or 2 fields: the rows, then the columns
  AggregateOptions options;
};

// The [records] table of a recipient policy (doc/policy.md, doc/records.md).
// `fields` holds the rules, keep_unlisted, the quasi-identifiers and the gate
// options; its mask, callbacks and key are left for the release to fill.
// With `aggregate` set the release is a count table: only the `by` fields
// are read (a `by` field with a generalize rule is counted at that level).
struct RecordsPolicy {
  FieldPolicy fields;
  std::vector<HierarchySpec> hierarchies;
  std::optional<RecordsAggregate> aggregate;

  // The spec of `field` in [records.hierarchies], or nullptr.
  const HierarchySpec* HierarchyFor(std::string_view field) const {
    for (const HierarchySpec& h : hierarchies)
      if (h.field == field) return &h;
    return nullptr;
  }
};

// The default keyed pseudonym (see FieldPolicy::pseudonym_key).
std::string RecordPseudonym(const std::vector<uint8_t>& key, std::string_view domain,
                            std::string_view value);

}  // namespace tearline

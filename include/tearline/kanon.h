// tearline/kanon.h — generalization hierarchies, the k-anonymity gate, and
// the check of what a recipient learns by combining releases.
//
// WHAT THESE TYPES REPRESENT
//   A Hierarchy coarsens one quasi-identifier value in levels: level 0 is the
//   value itself, each level is a function of the one below (so the levels
//   nest), and level height() is suppression, the label "*". Provided:
//     AgeHierarchy     integer ages 0..150 -> 5-, 10-, 20-year bands ("30-34",
//                      "30-39", "20-39"), bands aligned at 0 -> "*";
//     DateHierarchy    ISO yyyy-mm-dd -> week of the month ("2021-08/W2",
//                      days 1-7 are W1, 8-14 W2, 15-21 W3, 22-end W4, so a week
//                      never straddles two months) -> "2021-08" -> "2021" -> "*";
//     TableHierarchy   a user table, one row per leaf: leaf,parent,grandparent...
//                      (e.g. district,province,country, or a category table)
//                      -> "*". Every row has the same number of columns and a
//                      value always has the same parent.
//     SuppressionHierarchy  the value -> "*".
//
//   A KAnonProblem is the quasi-identifier columns of a set of records,
//   encoded once: each distinct value gets an integer id, and each level of
//   its hierarchy a table from value id to level id, so that evaluating a
//   generalization (one level per quasi-identifier: a node of the lattice)
//   only gathers and hashes integers.
//
//   Anonymize searches the lattice for the node of least information loss at
//   which the records are k-anonymous after withholding (suppressing) the
//   records of classes smaller than k, with at most max_suppression of the
//   records withheld and the average re-identification risk of the released
//   records at most max_risk. The information loss of a node is its
//   normalized generalization height: the mean over quasi-identifiers of
//   level / height(), in [0, 1]. Ties go to fewer suppressed records, then to
//   the lexicographically smaller level vector. The search is exact: nodes
//   are visited in order of increasing loss, skipping nodes that a
//   single-attribute bound proves infeasible, and each node's classes are
//   rolled up from the smallest cached class table of a node below it. See
//   doc/records.md.
//
//   Risks (prosecutor model) of a node: share_at_risk is the share of all
//   records that lie in classes smaller than k (those are the suppressed
//   ones); average_risk is the mean over released records of 1 / class size.
//
//   A ReleaseFingerprint is what the ledger keeps of a release for the
//   cross-release check: the fields, their hierarchies and levels, and the
//   keyed hashes (HMAC-SHA-256 with a per-recipient key) of the released
//   quasi-identifier combinations. It never holds a value in clear.
//
// THREAD SAFETY
//   Hierarchies are immutable and may be shared. A KAnonProblem is built by
//   one thread; once Finalize() succeeded it is immutable and Anonymize may be
//   called on it from several threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tearline/status.h"

namespace tearline {

class Hierarchy {
 public:
  virtual ~Hierarchy() = default;
  // The suppression level; levels are 0..height(). height() >= 1.
  virtual int height() const = 0;
  // A stable name, recorded in fingerprints ("age:5,10,20", "date", "table:places").
  virtual const std::string& name() const = 0;
  // The label of `value` at `level` (0 <= level <= height()). Level 0 returns
  // the value (normalized where the hierarchy says so); height() returns "*".
  // Fails (kBadInput) if the value does not belong to the hierarchy; the
  // message describes the expected form, never the value.
  virtual Result<std::string> Generalize(std::string_view value, int level) const = 0;
};

// Band widths must be increasing, each a multiple of the previous.
Result<std::shared_ptr<const Hierarchy>> AgeHierarchy(std::vector<int> band_widths = {5, 10, 20});
std::shared_ptr<const Hierarchy> DateHierarchy();
std::shared_ptr<const Hierarchy> SuppressionHierarchy();
// `csv_text`: rows leaf,parent,...; an optional first row whose first cell is
// not a leaf can be skipped with has_header. Fails (kPolicyError) on ragged
// rows, empty cells, a leaf listed twice, or a value with two parents.
Result<std::shared_ptr<const Hierarchy>> TableHierarchy(std::string_view csv_text, std::string name,
                                                        bool has_header = false);
// A built-in hierarchy rebuilt from its Hierarchy::name() ("age:5,10,20",
// "date", "suppress"), e.g. for a fingerprint of an earlier release;
// kNotFound for tables and unknown names, kPolicyError for bad age bands.
Result<std::shared_ptr<const Hierarchy>> BuiltinHierarchy(std::string_view name);

struct QuasiIdentifier {
  std::string field;  // column name or JSON pointer
  std::shared_ptr<const Hierarchy> hierarchy;
};

struct KAnonOptions {
  size_t k = 5;                 // >= 1
  double max_suppression = 0;   // share of records that may be withheld, [0, 1)
  double max_risk = 0.03;       // ceiling on average_risk of the released records
};

struct KAnonResult {
  std::vector<int> levels;       // chosen level per quasi-identifier
  size_t records = 0;
  size_t suppressed = 0;         // records withheld
  std::vector<bool> suppressed_records;  // per record
  size_t classes = 0;            // equivalence classes among released records
  size_t k_reached = 0;          // smallest released class (0 if none released)
  double information_loss = 0;   // normalized generalization height, [0, 1]
  double share_at_risk = 0;      // records in classes < k / records
  double average_risk = 0;       // mean of 1/class size over released records
  size_t nodes_total = 0;        // lattice size
  size_t nodes_evaluated = 0;    // nodes whose classes were computed
};

class KAnonProblem {
 public:
  // REQUIRES: at least one quasi-identifier, each with a hierarchy.
  explicit KAnonProblem(std::vector<QuasiIdentifier> qis);

  // Appends a record; values[i] is the value of quasi-identifier i.
  // REQUIRES: values.size() == num_qis(); not finalized.
  void AddRecord(const std::vector<std::string_view>& values);

  // Generalizes every distinct value at every level. Fails (kBadInput) if a
  // value does not fit its hierarchy, naming the field and the record:
  // "line L" from record_lines[record] if given, else "record R" (0-based).
  Status Finalize(const std::vector<size_t>* record_lines = nullptr);

  size_t num_records() const { return num_records_; }
  size_t num_qis() const { return qis_.size(); }
  const std::vector<QuasiIdentifier>& qis() const { return qis_; }
  // Level ids of record r for quasi-identifier q at `level`; labels of ids.
  // REQUIRES: finalized.
  uint32_t LevelId(size_t record, size_t qi, int level) const {
    return level_ids_[qi][level][value_ids_[qi][record]];
  }
  const std::string& Label(size_t record, size_t qi, int level) const {
    return labels_[qi][level][LevelId(record, qi, level)];
  }
  size_t Cardinality(size_t qi, int level) const { return labels_[qi][level].size(); }
  // Distinct level-0 values of a quasi-identifier, their level ids and counts.
  size_t NumValues(size_t qi) const { return distinct_[qi].size(); }
  uint32_t ValueLevelId(size_t qi, int level, size_t value) const { return level_ids_[qi][level][value]; }
  uint32_t ValueCount(size_t qi, size_t value) const { return value_counts_[qi][value]; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::vector<QuasiIdentifier> qis_;
  size_t num_records_ = 0;
  bool finalized_ = false;
  std::vector<std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>>> dict_;
  std::vector<std::vector<std::string>> distinct_;       // [qi][value id]
  std::vector<std::vector<uint32_t>> first_record_;      // [qi][value id]
  std::vector<std::vector<uint32_t>> value_ids_;         // [qi][record]
  std::vector<std::vector<uint32_t>> value_counts_;      // [qi][value id]
  std::vector<std::vector<std::vector<uint32_t>>> level_ids_;     // [qi][level][value id]
  std::vector<std::vector<std::vector<std::string>>> labels_;     // [qi][level][level id]
};

// Evaluates one node (levels[i] for quasi-identifier i) under `options`
// without the feasibility test. REQUIRES: finalized, valid levels.
KAnonResult EvaluateNode(const KAnonProblem& problem, const std::vector<int>& levels,
                         const KAnonOptions& options);

// True if `r` satisfies options (suppression share and risk ceiling).
bool Acceptable(const KAnonResult& r, const KAnonOptions& options);

// The least-loss acceptable node (see above). kBlocked if no node is
// acceptable (the message gives k, the record count and the limits);
// kInvalidArgument if k == 0 or the problem is not finalized.
Result<KAnonResult> Anonymize(const KAnonProblem& problem, const KAnonOptions& options);

// ---------------------------------------------------------------- across releases

struct ReleaseFingerprint {
  std::vector<std::string> fields;       // quasi-identifiers released
  std::vector<std::string> hierarchies;  // Hierarchy::name() of each
  std::vector<int> levels;               // level released of each
  std::vector<std::string> class_hashes; // sorted, unique, lower-case hex
};

// Keyed hashes of the quasi-identifier combinations released by `result`
// (suppressed records excluded). A combination is hashed as
// HMAC-SHA-256(key, "field=label" joined by 0x1F, fields in problem order).
ReleaseFingerprint FingerprintRelease(const KAnonProblem& problem, const KAnonResult& result,
                                      const std::vector<uint8_t>& key);

struct CombinationRisk {
  size_t previous = 0;               // index into the previous fingerprints
  size_t smallest_class = 0;         // smallest non-empty joint class
  size_t records_affected = 0;       // records in joint classes smaller than k
  std::vector<std::string> fields;   // fields whose levels differ: what combines
};

// Detects whether a recipient holding `previous` releases and `current`
// (all fingerprints made with `key`) can narrow a class below k by
// combining them. `problem` holds the current records with every field named
// by any fingerprint (a field a fingerprint omits counts as suppressed
// there). For each previous release, each record that both releases
// published is placed in its joint class (its combination in the previous
// release, its combination in the current one); any joint class of fewer
// than k records is a risk. Returns one entry per previous release at risk
// (empty: no risk). kInvalidArgument if a fingerprint's field is missing from
// the problem or its hierarchy name differs.
Result<std::vector<CombinationRisk>> CheckCombinedReleases(
    const KAnonProblem& problem, const std::vector<uint8_t>& key,
    const std::vector<ReleaseFingerprint>& previous, const ReleaseFingerprint& current, size_t k);

}  // namespace tearline

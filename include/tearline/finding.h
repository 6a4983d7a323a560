// tearline/finding.h — what detectors report.
//
// WHAT THESE TYPES REPRESENT
//   Kind is the closed set of things tearline finds (SPEC "Kinds"). A Finding
//   is one detected span of a text: a half-open byte range [begin, end) (see
//   tearline/status.h for the offset convention), its kind and subkind, a
//   confidence in [0, 1], and the id of the detector that produced it.
//   FindingSink receives findings as a detector produces them.
//
// THREAD SAFETY
//   Finding is a plain value. A FindingSink is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tearline {

enum class Kind : uint8_t {
  kPerson,
  kOrg,
  kLoc,
  kAddress,
  kCoordinate,
  kPhone,
  kEmail,
  kUrl,
  kIp,
  kId,
  kDate,
  kDem,
  kQuantity,
  kProtected,
  kMarking,
};
inline constexpr int kNumKinds = 15;

// A set of kinds, one bit per Kind.
using KindMask = uint32_t;
inline constexpr KindMask KindBit(Kind kind) { return KindMask{1} << static_cast<int>(kind); }
inline constexpr KindMask kEveryKind = (KindMask{1} << kNumKinds) - 1;

// "PERSON", "ORG", ..., as written in policies and reports.
std::string_view KindName(Kind kind);
// Parses an upper-case kind name; nullopt if it is not a kind.
std::optional<Kind> ParseKind(std::string_view name);
// All kinds, in enum order.
const std::vector<Kind>& AllKinds();

struct Finding {
  size_t begin = 0;  // first byte
  size_t end = 0;    // one past the last byte; end > begin
  Kind kind = Kind::kId;
  // Refinement of kind, upper case, e.g. "PASSPORT" for ID, "E164" for PHONE,
  // "" when none. MUST point to storage with static lifetime (a literal).
  std::string_view subkind;
  float confidence = 0;  // in [0, 1]
  // Detector id, e.g. "patterns", "tagger", "lexicon". Static storage, like subkind.
  std::string_view detector;
  // Entity id from mention linking (resolve); -1 when not linked.
  int32_t entity = -1;

  size_t size() const { return end - begin; }
  bool Overlaps(const Finding& o) const { return begin < o.end && o.begin < end; }
  // "KIND" or "KIND/SUBKIND".
  std::string FullKind() const;
};

// Orders by begin, then longer first, then kind.
bool FindingLess(const Finding& a, const Finding& b);

// "[KIND begin,end)" — the compact form used in table tests; no values.
std::string FindingToString(const Finding& f);
// FindingToString of each, space separated, sorted by FindingLess.
std::string FindingsToString(std::vector<Finding> findings);

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void Add(const Finding& finding) = 0;
};

class VectorSink final : public FindingSink {
 public:
  void Add(const Finding& finding) override { findings.push_back(finding); }
  std::vector<Finding> findings;
};

}  // namespace tearline

// tearline/marking.h — portion markings, banner lines and releasability.
//
// WHAT THESE TYPES REPRESENT
//   A Marking is the parsed meaning of one classification or sharing mark, in
//   one of three schemes (the grammar is in doc/markings.md):
//     - US style: a level (U, C, S, TS, or UNCLASSIFIED, CONFIDENTIAL, SECRET,
//       TOP SECRET) followed by controls after "//": FOUO, NOFORN (NF),
//       ORCON (OC), RELIDO, "REL TO" and "DISPLAY ONLY" with a list of country
//       trigraphs / tetragraphs. Portion form "(S//REL TO USA, AFG)", banner
//       form "SECRET//REL TO USA, AFG".
//     - Traffic Light Protocol 2.0: TLP:CLEAR, TLP:GREEN, TLP:AMBER,
//       TLP:AMBER+STRICT, TLP:RED.
//     - A policy-defined custom scheme: a bracketed label such as
//       "[PARTNER-SHAREABLE]", recognised only if MarkingOptions names it.
//   A MarkScan is the outcome of looking for the mark that opens a portion:
//   none, a parsed Marking, or a mark that is present but unparseable (with a
//   reason). A Banner is a line of a document that is wholly a marking.
//
//   RecipientMarkings is the marking part of a recipient's policy; Decide()
//   turns one portion's MarkScan into release or withhold with a reason, and
//   ComputeBanner() gives the banner of the sanitized output. Fail closed: an
//   unparseable mark, an unknown custom label, NOFORN to a foreign recipient,
//   ORCON without approval, TLP:RED and DISPLAY ONLY are always withheld.
//
//   Reasons and messages quote only marking syntax (never portion text), so
//   they are safe to show and log.
//
//   Offsets are half-open byte ranges relative to the text passed in (see
//   tearline/status.h).
//
// THREAD SAFETY
//   All types are plain values; all functions are pure and may be called
//   concurrently.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/finding.h"
#include "tearline/status.h"

namespace tearline {

// Classification levels, least to most restrictive.
enum class ClassLevel { kUnclassified = 0, kConfidential = 1, kSecret = 2, kTopSecret = 3 };
// "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET".
std::string_view ClassLevelName(ClassLevel level);
// Accepts long and short forms ("SECRET", "S", ...); nullopt otherwise.
std::optional<ClassLevel> ParseClassLevel(std::string_view word);

// TLP 2.0 labels, least to most restrictive. kNone = no TLP label.
enum class Tlp { kNone = 0, kClear, kGreen, kAmber, kAmberStrict, kRed };
// "TLP:CLEAR", ..., "TLP:AMBER+STRICT", "TLP:RED"; "" for kNone.
std::string_view TlpName(Tlp tlp);
// Accepts "CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED", with or without
// the "TLP:" prefix; nullopt otherwise (including TLP 1.0 "WHITE").
std::optional<Tlp> ParseTlp(std::string_view word);

enum class MarkingScheme { kUs, kTlp, kCustom };

struct Marking {
  MarkingScheme scheme = MarkingScheme::kUs;
  // kUs only.
  ClassLevel level = ClassLevel::kUnclassified;
  bool fouo = false;
  bool noforn = false;
  bool orcon = false;
  bool relido = false;
  bool display_only = false;
  // Codes after REL TO / DISPLAY ONLY, as written (trigraphs or tetragraphs),
  // in order, without duplicates. Empty when the control is absent.
  std::vector<std::string> rel_to;
  std::vector<std::string> display_only_to;
  // kTlp only.
  Tlp tlp = Tlp::kNone;
  // kCustom only: the label without brackets, e.g. "PARTNER-SHAREABLE".
  std::string custom_label;

  // Canonical text: "S//NOFORN", "TS//ORCON/REL TO USA, GBR" (short level),
  // "TLP:AMBER", "[PARTNER-SHAREABLE]". Long=true gives the banner form
  // "SECRET//NOFORN".
  std::string ToString(bool long_form = false) const;
  bool operator==(const Marking&) const = default;
};

struct MarkingOptions {
  // Bracketed labels of the custom scheme (without brackets, case-sensitive).
  // When empty, brackets never start a mark. When not empty, a bracketed
  // upper-case label that is not listed is an unparseable mark.
  std::vector<std::string> custom_labels;
  // Longest mark considered, in bytes; a longer parenthesis is not a mark.
  size_t max_mark_bytes = 200;
};

struct MarkScan {
  enum class State {
    kUnmarked,     // no mark opens the portion
    kMarked,       // `marking` holds the parsed mark
    kUnparseable,  // a mark is present but malformed; `reason` says why
  };
  State state = State::kUnmarked;
  // The span of the whole mark including "(" ")" or "[" "]"; 0,0 when unmarked.
  size_t begin = 0;
  size_t end = 0;
  Marking marking;     // valid when kMarked
  std::string reason;  // set when kUnparseable

  bool marked() const { return state == State::kMarked; }
};

// Parses the body of a mark, without surrounding parentheses: "S//NF",
// "SECRET//REL TO USA, AFG", "TLP:AMBER+STRICT", "U//FOUO". Custom labels are
// not accepted here (see FindPortionMark). Returns kBadInput with the reason
// when `body` is not a valid mark.
Result<Marking> ParseMarking(std::string_view body);

// Looks for the mark that opens `portion` (a paragraph, list item or table
// row). Leading blanks and a Markdown list bullet ("- ", "* ", "+ ", "1. "),
// heading ("# "), quote ("> ") or table pipe ("| ") are skipped. A mark is:
//   "(" BODY ")" where BODY starts with a level word or "TLP:", or contains
//     "//" — "(a)" or "(see below)" are not marks;
//   "TLP:" LABEL at the start, followed by the end, a blank or punctuation;
//   "[" LABEL "]" for a listed custom label (or TLP in brackets).
// Offsets in the result are relative to portion.data().
MarkScan FindPortionMark(std::string_view portion, const MarkingOptions& options = {});

// The MARKING finding for a scan (kind kMarking, detector "marking",
// confidence 1), offset by `base`; nullopt when the portion is unmarked.
std::optional<Finding> MarkingFinding(const MarkScan& scan, size_t base = 0);

struct Banner {
  size_t line = 0;   // 0-based line number
  size_t begin = 0;  // span of the marking text on that line (trimmed),
  size_t end = 0;    // relative to the document text
  MarkScan scan;     // kMarked or kUnparseable (begin/end as above)
};

// Finds banner lines: lines (split on "\n", a trailing "\r" ignored) whose
// whole trimmed content is a marking in long form ("SECRET", "TOP
// SECRET//NOFORN"), any form with "//" ("S//NF"), or a TLP label
// ("TLP:AMBER"). A line that starts with a level word and "//" but does not
// parse ("SECRET//NOFRN") is returned as kUnparseable.
std::vector<Banner> FindBanners(std::string_view text);

// ---------------------------------------------------------------- releasability

enum class UnmarkedRule {
  kWithhold,      // unmarked portions are withheld (default)
  kUnclassified,  // unmarked portions are treated as "(U)"
};

struct RecipientMarkings {
  // Codes this recipient answers to ("AFG", or a tetragraph such as "NATO"
  // for a recipient that is that body). A portion with REL TO passes if its
  // list, after tetragraph expansion, contains one of these literally: "REL
  // TO USA, FVEY" passes to "GBR"; "REL TO USA, GBR" does not pass to "NATO".
  std::vector<std::string> releasable_to;
  // A foreign recipient never receives NOFORN and needs REL TO for any
  // classified portion. A domestic one (false) ignores REL TO.
  bool foreign = true;
  // ORCON portions pass only when true.
  bool orcon_approved = false;
  UnmarkedRule unmarked = UnmarkedRule::kWithhold;
  // Highest US level that may pass; nullopt = no ceiling beyond the controls.
  std::optional<ClassLevel> max_level;
  // Most restrictive TLP label that may pass. TLP:RED never passes.
  Tlp tlp_max = Tlp::kGreen;
  // Custom label -> releasable (true) or withheld (false). A label not listed
  // is withheld.
  std::map<std::string, bool> custom;
  // Tetragraph -> trigraphs, e.g. "FVEY" -> {"USA","GBR","CAN","AUS","NZL"}.
  std::map<std::string, std::vector<std::string>> tetragraphs = DefaultTetragraphs();
  // When not empty, the output banner is exactly this line.
  std::string fixed_banner;

  // FVEY and NATO (members as of 2024).
  static std::map<std::string, std::vector<std::string>> DefaultTetragraphs();
  // The MarkingOptions matching this policy (its custom labels).
  MarkingOptions ToOptions() const;
};

struct Releasability {
  bool release = false;
  // Why, in marking terms only: "REL TO USA, GBR does not include AFG".
  std::string reason;
};

// Decides one portion. `inherited` is the document-level TLP marking (from a
// TLP banner), applied to an unmarked portion; nullptr when there is none.
Releasability Decide(const MarkScan& scan, const RecipientMarkings& recipient,
                     const Marking* inherited = nullptr);

// The banner of the output, given the markings of the portions that were
// released (unmarked portions admitted as (U) count as "(U)"):
//   - fixed_banner if set;
//   - a US line: the highest released level, FOUO if the level is U and any
//     released portion is FOUO, ORCON if any, NOFORN if any, else REL TO with
//     the intersection (after tetragraph expansion, USA first then sorted) of
//     the REL TO lists of the released classified portions;
//   - a TLP line: the most restrictive released TLP label.
// Returns one or two lines (US first); {"UNCLASSIFIED"} when nothing is marked.
std::vector<std::string> ComputeBanner(const std::vector<Marking>& released,
                                       const RecipientMarkings& recipient);

}  // namespace tearline

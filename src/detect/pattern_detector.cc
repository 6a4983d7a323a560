// CompilePatternDetector: the pattern table compiled into Hyperscan block-mode
// databases; matches go through patterns::ResolveRawMatches.
//
// Engine layout (see the engine note in tearline/patterns.h):
//   - the main database is scanned once over the text. It holds every
//     pattern except the two below, with start of match (SOM_LEFTMOST),
//     except:
//     * the patterns named in kDeferSom that have `needs_digit` and a bounded
//       width ("deferred" patterns): compiled without SOM (costly for them),
//       only their match ends are kept, with reach = the most non-space bytes
//       of a match;
//     * patterns with `anchors` ("anchored" patterns): not in the main
//       database at all; their anchors are, without SOM. Every match of an
//       anchored pattern has at most W bytes (its widest match) and holds an
//       anchor match ending at some y, so it lies inside [y - W, y + W]: y is
//       kept as the match end min(y + W, text size) with reach 2W;
//     * the two month-name date patterns (when their regexes are those of
//       text_dates.h): not in the main database either; each month name is
//       (as "\bName\b", without SOM), and MatchTextDates finds the date
//       matches around each one in plain C++;
//   - one recovery database per group (kDeferSom patterns, anchored patterns)
//     holds the group's patterns with SOM_LEFTMOST. The end windows of the
//     group's kept ends (every match ending there has at most `reach`
//     non-space bytes, so it lies inside) are copied into one buffer,
//     separated by '\n', and scanned once. A window edge lies next to a
//     non-word byte and '\n' is a non-word byte, so \b behaves as in the whole
//     text; no deferred pattern matches '\n', so no match crosses a separator.
//     Every match found there is a real match, every real match lies in a
//     window, and so do all matches with the same end (windows are disjoint
//     and do not touch): the recovery scans yield exactly the deferred and
//     anchored patterns' raw matches.
#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

#include "database_cache.h"
#include "match_windows.h"
#include "text_dates.h"
#include "tearline/detect.h"
#include "tearline/patterns.h"

namespace tearline {
namespace {

using patterns::PatternSpec;
using patterns::RawMatch;
using patterns::TextWindow;

// Patterns whose start of match is recovered afterwards (they must have
// `needs_digit`; others named here are ignored). SOM_LEFTMOST costs these
// patterns most; the rest keep it, as recovering their starts costs more.
constexpr std::string_view kDeferSom[] = {"coord_decimal", "coord_decimal_prefix", "coord_dms",
                                         "coord_dms_prefix"};

using patterns::Database;
using patterns::Expressions;

// Recovery groups: patterns deferred by kDeferSom, anchored patterns.
constexpr size_t kGroups = 2;
constexpr size_t kDeferredGroup = 0, kAnchoredGroup = 1;

// What a match of one main-database expression yields.
struct EndRule {
  // reach != 0: a window end min(end + shift, text size) with `reach` (see
  // MatchEnd) for the windows of recovery group `group`.
  unsigned shift = 0;
  unsigned reach = 0;
  size_t group = kDeferredGroup;
  // month != 0 (and reach == 0): the expression is "\bName\b" for a month
  // name of `month` bytes; the text dates around it are matched by hand.
  unsigned month = 0;
  // Neither: the expression is a table row, reported as a RawMatch.
};

// The rows matched by MatchTextDates, or UINT32_MAX each if not used.
struct DateRows {
  uint32_t day_month = UINT32_MAX;
  uint32_t month_day = UINT32_MAX;
};

// Collects raw matches. `keep_longest[p]` marks the patterns for which only
// the longest match per start matters (no validator, no extend_left).
struct Collector {
  std::vector<RawMatch>* out;
  const std::vector<uint8_t>* keep_longest;
  // For each pattern, index + 1 in *out of its latest match, 0 for none.
  std::vector<size_t>* latest;
  // If not null: per expression id, the rule of the expressions whose
  // matches only report a window end to *ends.
  const std::vector<EndRule>* end_rules = nullptr;
  std::array<std::vector<patterns::MatchEnd>, kGroups>* ends = nullptr;
  std::string_view text = {};
  DateRows dates = {};
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/,
            void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  const size_t begin = static_cast<size_t>(from), end = static_cast<size_t>(to);
  if (c->end_rules != nullptr) {
    const EndRule& r = (*c->end_rules)[id];
    if (r.reach != 0) {
      (*c->ends)[r.group].push_back(patterns::MatchEnd{std::min(end + r.shift, c->text.size()), r.reach});
      return 0;
    }
    if (r.month != 0) {
      patterns::MatchTextDates(c->text, end - r.month, end, c->dates.day_month, c->dates.month_day, *c->out);
      return 0;
    }
  }
  if ((*c->keep_longest)[id]) {
    size_t& latest = (*c->latest)[id];
    if (latest != 0) {
      RawMatch& prev = (*c->out)[latest - 1];
      if (prev.begin == begin && prev.end < end) {
        prev.end = end;
        return 0;
      }
    }
    latest = c->out->size() + 1;
  }
  c->out->push_back(RawMatch{id, begin, end});
  return 0;  // continue
}

class PatternScratch final : public DetectorScratch {
 public:
  ~PatternScratch() override {
    if (scratch_) hs_free_scratch(scratch_);
  }
  hs_scratch_t* scratch_ = nullptr;  // null if allocation failed; Scan reports it
  std::vector<RawMatch> raw_;
  std::vector<RawMatch> window_raw_;
  std::vector<size_t> latest_;
  std::array<std::vector<patterns::MatchEnd>, kGroups> ends_;  // per recovery group
  std::vector<TextWindow> windows_;
  std::vector<size_t> window_offsets_;  // start of each window in buffer_
  std::string buffer_;
  patterns::ResolveBuffers buffers_;
};

class PatternDetector final : public Detector {
 public:
  // `end_rules[id].reach` != 0: matches of main-database expression `id`
  // only give window ends (see EndRule), and every raw match of the patterns
  // in `recovery[g]` lies in a window of group g.
  // `dates`: the rows whose raw matches come from month-name expressions.
  PatternDetector(Database main, std::array<Database, kGroups> recovery, std::vector<EndRule> end_rules, DateRows dates,
                  const PatternOptions& options)
      : main_(std::move(main)),
        recovery_(std::move(recovery)),
        end_rules_(std::move(end_rules)),
        dates_(dates),
        options_(options) {
    for (const PatternSpec& p : patterns::PatternTable()) {
      keep_longest_.push_back(p.validate == nullptr && p.extend_left.empty());
    }
  }

  std::string_view id() const override { return "patterns"; }

  std::unique_ptr<DetectorScratch> NewScratch() const override {
    auto s = std::make_unique<PatternScratch>();
    bool ok = hs_alloc_scratch(main_.get(), &s->scratch_) == HS_SUCCESS;
    for (const Database& db : recovery_) {
      if (ok && db) ok = hs_alloc_scratch(db.get(), &s->scratch_) == HS_SUCCESS;
    }
    if (!ok && s->scratch_ != nullptr) {
      hs_free_scratch(s->scratch_);
      s->scratch_ = nullptr;
    }
    return s;
  }

  Status Scan(std::string_view text, DetectorScratch& scratch, FindingSink& sink) const override {
    auto* s = dynamic_cast<PatternScratch*>(&scratch);
    if (s == nullptr) return Status::Internal("pattern detector: scratch from another detector");
    if (s->scratch_ == nullptr) return Status::Internal("pattern detector: scratch allocation failed");
    if (text.size() > UINT_MAX) return Status::BadInput("pattern detector: text larger than 4 GiB");
    s->raw_.clear();
    for (auto& ends : s->ends_) ends.clear();
    s->latest_.assign(keep_longest_.size(), 0);
    Collector c{&s->raw_, &keep_longest_, &s->latest_, &end_rules_, &s->ends_, text, dates_};
    TL_RETURN_IF_ERROR(Run(main_.get(), text, *s, c));
    for (size_t g = 0; g < kGroups; ++g) {
      if (!s->ends_[g].empty()) TL_RETURN_IF_ERROR(Recover(text, g, *s));
    }
    patterns::ResolveRawMatches(text, s->raw_, options_.min_confidence, s->buffers_, sink);
    return Status::OK();
  }

 private:
  static Status Run(const hs_database_t* db, std::string_view text, PatternScratch& s, Collector& c) {
    hs_error_t err = hs_scan(db, text.data(), static_cast<unsigned int>(text.size()), 0, s.scratch_, OnMatch, &c);
    if (err != HS_SUCCESS) {
      return Status::Internal("pattern detector: hs_scan failed with code " + std::to_string(err));
    }
    return Status::OK();
  }

  // Scans the end windows of s.ends_[group] with the group's recovery
  // database and appends the matches, in text offsets, to s.raw_.
  Status Recover(std::string_view text, size_t group, PatternScratch& s) const {
    patterns::FindEndWindows(text, s.ends_[group], s.windows_);
    s.buffer_.clear();
    s.window_offsets_.clear();
    for (const TextWindow& w : s.windows_) {
      s.window_offsets_.push_back(s.buffer_.size());
      s.buffer_.append(text.data() + w.begin, w.end - w.begin);
      s.buffer_.push_back('\n');
    }
    if (s.buffer_.size() > UINT_MAX) return Status::BadInput("pattern detector: text larger than 4 GiB");
    s.window_raw_.clear();
    std::fill(s.latest_.begin(), s.latest_.end(), 0);
    Collector c{&s.window_raw_, &keep_longest_, &s.latest_};
    TL_RETURN_IF_ERROR(Run(recovery_[group].get(), s.buffer_, s, c));
    // Matches arrive roughly in end order, so the window is found by a short
    // forward or backward walk from the previous one.
    size_t k = 0;
    const size_t windows = s.window_offsets_.size();
    for (const RawMatch& m : s.window_raw_) {
      while (k + 1 < windows && s.window_offsets_[k + 1] <= m.begin) ++k;
      while (k > 0 && s.window_offsets_[k] > m.begin) --k;
      const size_t shift = s.windows_[k].begin - s.window_offsets_[k];
      s.raw_.push_back(RawMatch{m.pattern, m.begin + shift, m.end + shift});
    }
    return Status::OK();
  }

  Database main_;                      // never null
  std::array<Database, kGroups> recovery_;  // per group, null if it has no pattern
  std::vector<EndRule> end_rules_;     // per main-database expression id
  DateRows dates_;
  std::vector<uint8_t> keep_longest_;  // per table row
  PatternOptions options_;
};

// `regex` with every unbounded run of spaces ("[ ]*", "[ ]+") replaced by at
// most one space: its widest match bounds the non-space bytes of the original.
std::string CollapseSpaces(std::string regex) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"[ ]*", "[ ]?"}, {"[ ]+", "[ ]"}}) {
    for (size_t pos = regex.find(from); pos != std::string::npos; pos = regex.find(from, pos)) {
      regex.replace(pos, from.size(), to);
    }
  }
  return regex;
}

std::string CompileErrorMessage(std::span<const PatternSpec> table, const std::vector<uint32_t>& rows,
                                hs_compile_error_t* error) {
  std::string msg = "pattern detector: cannot compile";
  if (error != nullptr) {
    if (error->expression >= 0 && static_cast<size_t>(error->expression) < rows.size()) {
      msg += " pattern '" + std::string(table[rows[error->expression]].name) + "'";
    }
    msg += ": ";
    msg += error->message;
    hs_free_compile_error(error);
  }
  return msg;
}

// Compiles `e` into one database (null for no expressions).
Result<Database> Compile(std::span<const PatternSpec> table, const Expressions& e) {
  if (e.regexes.empty()) return Database();
  std::vector<const char*> exprs;
  for (const std::string& r : e.regexes) exprs.push_back(r.c_str());
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  hs_error_t rc = hs_compile_multi(exprs.data(), e.flags.data(), e.ids.data(), static_cast<unsigned int>(exprs.size()),
                                   HS_MODE_BLOCK, nullptr, &db, &error);
  if (rc != HS_SUCCESS) return Status::Internal(CompileErrorMessage(table, e.rows, error));
  return Database(db);
}

// The widest match of `regex` in bytes (UINT_MAX if unbounded); `row` names
// the pattern in error messages.
Result<unsigned> MaxWidth(std::span<const PatternSpec> table, uint32_t row, const std::string& regex) {
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(regex.c_str(), table[row].caseless ? HS_FLAG_CASELESS : 0u, &info, &error) != HS_SUCCESS) {
    return Status::Internal(CompileErrorMessage(table, {row}, error));
  }
  unsigned width = info->max_width;
  std::free(info);
  return width;
}

// Compiles the databases of `dbs` (main, then the recovery groups), or loads
// them from the cache when options.cache_dir is set (see database_cache.h).
Result<std::vector<Database>> BuildDatabases(std::span<const PatternSpec> table, std::span<const Expressions> dbs,
                                             const PatternOptions& options, patterns::CacheOutcome* outcome,
                                             std::string* miss_reason) {
  *outcome = patterns::CacheOutcome::kDisabled;
  miss_reason->clear();
  std::string path, key;
  if (!options.cache_dir.empty()) {
    Result<std::string> k = patterns::DatabaseCacheKey(dbs);
    if (k.ok()) {
      key = std::move(k).value();
      path = patterns::CacheFilePath(options.cache_dir, key);
      std::vector<bool> expect_null;
      for (const Expressions& e : dbs) expect_null.push_back(e.regexes.empty());
      Result<std::vector<Database>> loaded = patterns::LoadDatabases(path, key, expect_null);
      if (loaded.ok()) {
        *outcome = patterns::CacheOutcome::kLoaded;
        return loaded;
      }
      *miss_reason = loaded.status().message();
    } else {
      *miss_reason = k.status().message();
    }
    *outcome = patterns::CacheOutcome::kStoreFailed;
  }
  std::vector<Database> out;
  for (const Expressions& e : dbs) {
    TL_ASSIGN_OR_RETURN(Database db, Compile(table, e));
    out.push_back(std::move(db));
  }
  if (!path.empty() && patterns::StoreDatabases(path, key, out).ok()) *outcome = patterns::CacheOutcome::kStored;
  return out;
}

}  // namespace

Result<std::unique_ptr<const Detector>> CompilePatternDetector(const PatternOptions& options) {
  return patterns::CompilePatternDetectorReport(options, nullptr);
}

Result<std::unique_ptr<const Detector>> patterns::CompilePatternDetectorReport(const PatternOptions& options,
                                                                               CacheOutcome* outcome,
                                                                               std::string* miss_reason) {
  const std::span<const PatternSpec> table = patterns::PatternTable();
  const auto table_size = static_cast<unsigned int>(table.size());
  Expressions main;
  std::array<Expressions, kGroups> recovery;
  std::vector<EndRule> end_rules(table.size());
  // Anchor expressions are shared by rows with the same (regex, case flag);
  // anchor_expr holds their indices in `main`.
  std::vector<size_t> anchor_expr;
  DateRows dates;
  for (uint32_t i = 0; i < table_size; ++i) {
    if (table[i].caseless) continue;
    if (table[i].regex == patterns::kDayMonthRegex) dates.day_month = i;
    if (table[i].regex == patterns::kMonthDayRegex) dates.month_day = i;
  }
  if (dates.day_month == UINT32_MAX || dates.month_day == UINT32_MAX) dates = DateRows{};
  if (dates.day_month != UINT32_MAX) {
    for (std::string_view name : patterns::MonthNames()) {
      main.Add("\\b" + std::string(name) + "\\b", 0, static_cast<unsigned int>(end_rules.size()), dates.day_month);
      end_rules.push_back(EndRule{0, 0, kDeferredGroup, static_cast<unsigned>(name.size())});
    }
  }
  for (uint32_t i = 0; i < table_size; ++i) {
    const PatternSpec& p = table[i];
    const unsigned int caseless = p.caseless ? HS_FLAG_CASELESS : 0u;
    if (i == dates.day_month || i == dates.month_day) continue;
    if (!p.anchors.empty()) {
      TL_ASSIGN_OR_RETURN(unsigned width, MaxWidth(table, i, p.regex));
      if (!p.needs_digit || width == 0 || width > UINT_MAX / 4) {
        return Status::Internal("pattern detector: pattern '" + std::string(p.name) +
                                "' has anchors but no needs_digit or no bounded width");
      }
      recovery[kAnchoredGroup].Add(p.regex, HS_FLAG_SOM_LEFTMOST | caseless, i, i);
      for (const char* anchor : p.anchors) {
        auto same = std::find_if(anchor_expr.begin(), anchor_expr.end(), [&](size_t k) {
          return main.regexes[k] == anchor && main.flags[k] == caseless;
        });
        size_t k;
        if (same != anchor_expr.end()) {
          k = *same;
        } else {
          k = main.regexes.size();
          anchor_expr.push_back(k);
          main.Add(anchor, caseless, static_cast<unsigned int>(end_rules.size()), i);
          end_rules.push_back(EndRule{0, 0, kAnchoredGroup});
        }
        EndRule& rule = end_rules[main.ids[k]];
        rule.shift = std::max(rule.shift, width);
        rule.reach = 2 * rule.shift;
      }
      continue;
    }
    const bool defer =
        p.needs_digit && std::find(std::begin(kDeferSom), std::end(kDeferSom), p.name) != std::end(kDeferSom);
    if (defer) {
      TL_ASSIGN_OR_RETURN(unsigned width, MaxWidth(table, i, CollapseSpaces(p.regex)));
      if (width != UINT_MAX && width != 0) {
        end_rules[i] = EndRule{0, width, kDeferredGroup};
        main.Add(p.regex, caseless, i, i);
        recovery[kDeferredGroup].Add(p.regex, HS_FLAG_SOM_LEFTMOST | caseless, i, i);
        continue;
      }
    }
    main.Add(p.regex, HS_FLAG_SOM_LEFTMOST | caseless, i, i);
  }
  std::vector<Expressions> exprs;
  exprs.push_back(std::move(main));
  for (Expressions& e : recovery) exprs.push_back(std::move(e));
  CacheOutcome ignored_outcome;
  std::string ignored_reason;
  TL_ASSIGN_OR_RETURN(std::vector<Database> dbs,
                      BuildDatabases(table, exprs, options, outcome ? outcome : &ignored_outcome,
                                     miss_reason ? miss_reason : &ignored_reason));
  Database main_db = std::move(dbs[0]);
  std::array<Database, kGroups> recovery_db;
  for (size_t g = 0; g < kGroups; ++g) recovery_db[g] = std::move(dbs[1 + g]);
  return std::unique_ptr<const Detector>(std::make_unique<PatternDetector>(
      std::move(main_db), std::move(recovery_db), std::move(end_rules), dates, options));
}

}  // namespace tearline

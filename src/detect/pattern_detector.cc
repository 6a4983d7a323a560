// CompilePatternDetector: the pattern table compiled into Hyperscan block-mode
// databases; matches go through patterns::ResolveRawMatches.
//
// Engine layout (see the engine note in tearline/patterns.h):
//   - the main database holds every pattern and is scanned once over the
//     text. Start of match (HS_FLAG_SOM_LEFTMOST) is costly, so the patterns
//     named in kDeferSom that have `needs_digit` and a bounded width
//     ("deferred" patterns) are compiled without it and only their match ends
//     are kept;
//   - the recovery database holds the deferred patterns with SOM_LEFTMOST. The
//     end windows of the kept ends (every match ending there has at most
//     `reach` non-space bytes, so it lies inside) are copied into one buffer,
//     separated by '\n', and scanned once. A window edge lies next to a
//     non-word byte and '\n' is a non-word byte, so \b behaves as in the whole
//     text; no deferred pattern matches '\n', so no match crosses a separator.
//     Every match found there is a real match, every real end lies in a
//     window, and its leftmost start lies in the same window: the recovery
//     scan yields exactly the deferred patterns' raw matches.
#include <hs/hs.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

#include "match_windows.h"
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

struct DatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};
using Database = std::unique_ptr<hs_database_t, DatabaseDeleter>;

// Collects raw matches. `keep_longest[p]` marks the patterns for which only
// the longest match per start matters (no validator, no extend_left).
struct Collector {
  std::vector<RawMatch>* out;
  const std::vector<uint8_t>* keep_longest;
  // For each pattern, index + 1 in *out of its latest match, 0 for none.
  std::vector<size_t>* latest;
  // If not null: the patterns whose matches only report their end to *ends.
  const std::vector<unsigned>* deferred = nullptr;  // reach per pattern, 0 = not deferred
  std::vector<patterns::MatchEnd>* ends = nullptr;
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/,
            void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  const size_t begin = static_cast<size_t>(from), end = static_cast<size_t>(to);
  if (c->deferred != nullptr && (*c->deferred)[id] != 0) {
    c->ends->push_back(patterns::MatchEnd{end, (*c->deferred)[id]});
    return 0;
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
  std::vector<patterns::MatchEnd> ends_;
  std::vector<TextWindow> windows_;
  std::vector<size_t> window_offsets_;  // start of each window in buffer_
  std::string buffer_;
  patterns::ResolveBuffers buffers_;
};

class PatternDetector final : public Detector {
 public:
  // `deferred[p]` != 0: pattern p is compiled without SOM in `main` and with
  // SOM in `recovery`, and every match of it has at most deferred[p]
  // non-space bytes.
  PatternDetector(Database main, Database recovery, std::vector<unsigned> deferred, const PatternOptions& options)
      : main_(std::move(main)), recovery_(std::move(recovery)), deferred_(std::move(deferred)), options_(options) {
    for (const PatternSpec& p : patterns::PatternTable()) {
      keep_longest_.push_back(p.validate == nullptr && p.extend_left.empty());
    }
  }

  std::string_view id() const override { return "patterns"; }

  std::unique_ptr<DetectorScratch> NewScratch() const override {
    auto s = std::make_unique<PatternScratch>();
    bool ok = hs_alloc_scratch(main_.get(), &s->scratch_) == HS_SUCCESS;
    if (ok && recovery_) ok = hs_alloc_scratch(recovery_.get(), &s->scratch_) == HS_SUCCESS;
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
    s->ends_.clear();
    s->latest_.assign(keep_longest_.size(), 0);
    Collector c{&s->raw_, &keep_longest_, &s->latest_, &deferred_, &s->ends_};
    TL_RETURN_IF_ERROR(Run(main_.get(), text, *s, c));
    if (!s->ends_.empty()) TL_RETURN_IF_ERROR(Recover(text, *s));
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

  // Scans the end windows of s.ends_ with the recovery database and appends
  // the matches, in text offsets, to s.raw_.
  Status Recover(std::string_view text, PatternScratch& s) const {
    patterns::FindEndWindows(text, s.ends_, s.windows_);
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
    TL_RETURN_IF_ERROR(Run(recovery_.get(), s.buffer_, s, c));
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
  Database recovery_;                  // null if no pattern is deferred
  std::vector<unsigned> deferred_;     // per table row
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

// Compiles table rows `rows` into one database (null for no rows), with
// SOM_LEFTMOST unless no_som[row] != 0.
Result<Database> CompileRows(std::span<const PatternSpec> table, const std::vector<uint32_t>& rows,
                             const std::vector<unsigned>& no_som) {
  if (rows.empty()) return Database();
  std::vector<const char*> exprs;
  std::vector<unsigned int> flags;
  for (uint32_t i : rows) {
    exprs.push_back(table[i].regex);
    flags.push_back((no_som[i] != 0 ? 0u : HS_FLAG_SOM_LEFTMOST) | (table[i].caseless ? HS_FLAG_CASELESS : 0u));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  hs_error_t rc = hs_compile_multi(exprs.data(), flags.data(), rows.data(), static_cast<unsigned int>(rows.size()),
                                   HS_MODE_BLOCK, nullptr, &db, &error);
  if (rc != HS_SUCCESS) return Status::Internal(CompileErrorMessage(table, rows, error));
  return Database(db);
}

// The bound on the non-space bytes of any match of `p`, or UINT_MAX if there is none.
Result<unsigned> NonSpaceWidth(std::span<const PatternSpec> table, uint32_t row) {
  const PatternSpec& p = table[row];
  std::string collapsed = CollapseSpaces(p.regex);
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(collapsed.c_str(), p.caseless ? HS_FLAG_CASELESS : 0u, &info, &error) != HS_SUCCESS) {
    return Status::Internal(CompileErrorMessage(table, {row}, error));
  }
  unsigned width = info->max_width;
  std::free(info);
  return width;
}

}  // namespace

Result<std::unique_ptr<const Detector>> CompilePatternDetector(const PatternOptions& options) {
  const std::span<const PatternSpec> table = patterns::PatternTable();
  std::vector<uint32_t> all_rows, deferred_rows;
  std::vector<unsigned> deferred(table.size(), 0);
  for (uint32_t i = 0; i < table.size(); ++i) {
    all_rows.push_back(i);
    if (!table[i].needs_digit || std::find(std::begin(kDeferSom), std::end(kDeferSom), table[i].name) == std::end(kDeferSom)) continue;
    TL_ASSIGN_OR_RETURN(unsigned width, NonSpaceWidth(table, i));
    if (width == UINT_MAX) continue;
    deferred[i] = width;
    deferred_rows.push_back(i);
  }
  TL_ASSIGN_OR_RETURN(Database main, CompileRows(table, all_rows, deferred));
  TL_ASSIGN_OR_RETURN(Database recovery, CompileRows(table, deferred_rows, std::vector<unsigned>(table.size(), 0)));
  return std::unique_ptr<const Detector>(
      std::make_unique<PatternDetector>(std::move(main), std::move(recovery), std::move(deferred), options));
}

}  // namespace tearline

// CompilePatternDetector: the pattern table compiled into one Hyperscan
// block-mode database; matches go through patterns::ResolveRawMatches.
#include <hs/hs.h>

#include <climits>
#include <string>
#include <vector>

#include "tearline/detect.h"
#include "tearline/patterns.h"

namespace tearline {
namespace {

using patterns::PatternSpec;
using patterns::RawMatch;

struct DatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};

class PatternScratch final : public DetectorScratch {
 public:
  ~PatternScratch() override {
    if (scratch_) hs_free_scratch(scratch_);
  }
  hs_scratch_t* scratch_ = nullptr;  // null if allocation failed; Scan reports it
  std::vector<RawMatch> raw_;
  patterns::ResolveBuffers buffers_;
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/,
            void* ctx) {
  static_cast<std::vector<RawMatch>*>(ctx)->push_back(
      RawMatch{id, static_cast<size_t>(from), static_cast<size_t>(to)});
  return 0;  // continue
}

class PatternDetector final : public Detector {
 public:
  PatternDetector(hs_database_t* db, const PatternOptions& options) : db_(db), options_(options) {}

  std::string_view id() const override { return "patterns"; }

  std::unique_ptr<DetectorScratch> NewScratch() const override {
    auto s = std::make_unique<PatternScratch>();
    if (hs_alloc_scratch(db_.get(), &s->scratch_) != HS_SUCCESS) s->scratch_ = nullptr;
    return s;
  }

  Status Scan(std::string_view text, DetectorScratch& scratch, FindingSink& sink) const override {
    auto* s = dynamic_cast<PatternScratch*>(&scratch);
    if (s == nullptr) return Status::Internal("pattern detector: scratch from another detector");
    if (s->scratch_ == nullptr) return Status::Internal("pattern detector: scratch allocation failed");
    if (text.size() > UINT_MAX) return Status::BadInput("pattern detector: text larger than 4 GiB");
    s->raw_.clear();
    hs_error_t err = hs_scan(db_.get(), text.data(), static_cast<unsigned int>(text.size()), 0, s->scratch_,
                             OnMatch, &s->raw_);
    if (err != HS_SUCCESS) {
      return Status::Internal("pattern detector: hs_scan failed with code " + std::to_string(err));
    }
    patterns::ResolveRawMatches(text, s->raw_, options_.min_confidence, s->buffers_, sink);
    return Status::OK();
  }

 private:
  std::unique_ptr<hs_database_t, DatabaseDeleter> db_;
  PatternOptions options_;
};

}  // namespace

Result<std::unique_ptr<const Detector>> CompilePatternDetector(const PatternOptions& options) {
  const std::span<const PatternSpec> table = patterns::PatternTable();
  std::vector<const char*> exprs;
  std::vector<unsigned int> flags, ids;
  for (size_t i = 0; i < table.size(); ++i) {
    exprs.push_back(table[i].regex);
    flags.push_back(HS_FLAG_SOM_LEFTMOST | (table[i].caseless ? HS_FLAG_CASELESS : 0u));
    ids.push_back(static_cast<unsigned int>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  hs_error_t rc = hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned int>(exprs.size()),
                                   HS_MODE_BLOCK, nullptr, &db, &error);
  if (rc != HS_SUCCESS) {
    std::string msg = "pattern detector: cannot compile";
    if (error != nullptr) {
      if (error->expression >= 0 && static_cast<size_t>(error->expression) < table.size()) {
        msg += " pattern '" + std::string(table[error->expression].name) + "'";
      }
      msg += ": ";
      msg += error->message;
      hs_free_compile_error(error);
    }
    return Status::Internal(msg);
  }
  return std::unique_ptr<const Detector>(std::make_unique<PatternDetector>(db, options));
}

}  // namespace tearline

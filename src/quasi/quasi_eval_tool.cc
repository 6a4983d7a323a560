// quasi_eval_tool: scores the pipeline that `tearline eval` runs (patterns,
// Arabic-script, tagger, then LinkMentions + Decide) with and without the
// quasi detector, on a TAB-format file.
//
//   quasi_eval_tool GOLD.json POLICY.toml MODEL LEXICON_DIR [--no-quasi]
//                   [--misses TYPE] [--false-positives] [--drop KIND/SUBKIND]...
//
// --misses TYPE prints the DIRECT/QUASI mentions of TYPE left unmasked;
// --false-positives prints each quasi finding at or above the policy
// threshold as TP (overlaps a DIRECT/QUASI mention) or FP; both print
// document text, so use them on training data only, never in CI logs.
// --drop ignores the quasi findings of one full kind (e.g. DEM/NATIONALITY),
// to measure what each rule adds. --masked-fp prints each masked span that
// overlaps no DIRECT/QUASI mention, with the detector that won it (document text:
// training data only). --dump-masks FILE writes the masked byte
// spans of each document, one line per document ("b e b e ...").
#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>

#include "tearline/detect.h"
#include "tearline/engine.h"
#include "tearline/eval.h"
#include "tearline/policy.h"
#include "tearline/protect.h"
#include "tearline/quasi.h"
#include "tearline/resolve.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

std::vector<std::string> g_drop;  // FullKinds of quasi findings to ignore (--drop)
const TabDocument* g_doc = nullptr;  // set with --masked-fp: print masked spans outside gold

// Passes on the findings of a detector except the kinds in g_drop.
class DropSink final : public FindingSink {
 public:
  explicit DropSink(FindingSink& next) : next_(next) {}
  void Add(const Finding& f) override {
    if (std::find(g_drop.begin(), g_drop.end(), f.FullKind()) == g_drop.end()) next_.Add(f);
  }

 private:
  FindingSink& next_;
};
class DropDetector final : public Detector {
 public:
  explicit DropDetector(std::unique_ptr<const Detector> d) : d_(std::move(d)) {}
  std::string_view id() const override { return d_->id(); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return d_->NewScratch(); }
  Status Scan(std::string_view text, DetectorScratch& scratch, FindingSink& sink) const override {
    DropSink drop(sink);
    return d_->Scan(text, scratch, drop);
  }

 private:
  std::unique_ptr<const Detector> d_;
};

Result<MaskSpans> Mask(const Engine& engine, EngineScratch& scratch, std::string_view text, const Policy& policy,
                       std::vector<Finding>* raw) {
  float floor = policy.default_threshold;
  for (float t : policy.thresholds) floor = std::min(floor, t);
  std::vector<Finding> findings;
  TL_RETURN_IF_ERROR(engine.Scan(text, scratch, floor, &findings));
  *raw = findings;
  Linked linked = LinkMentions(text, std::move(findings), LinkOptionsFor(policy));
  Resolution r = Decide(text, linked.findings, policy);
  MaskSpans spans;
  for (const Decision& d : r.decisions) {
    if (d.action.type == ActionType::kKeep) continue;
    spans.emplace_back(d.finding.begin, d.finding.end);
    if (g_doc == nullptr) continue;
    bool hit = false;
    for (const TabMention& m : g_doc->mentions) {
      if (m.identifier_type != "NO_MASK" && m.begin < d.finding.end && d.finding.begin < m.end) hit = true;
    }
    if (!hit) {
      std::cout << "MASKFP " << d.finding.detector << " " << d.finding.FullKind() << " " << d.finding.confidence << " |"
                << text.substr(d.finding.begin, d.finding.size()) << "|\n";
    }
  }
  return spans;
}

std::string Flat(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

int Run(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: quasi_eval_tool GOLD.json POLICY.toml MODEL LEXICON_DIR [--no-quasi] [--misses TYPE] "
                 "[--false-positives]\n";
    return 2;
  }
  bool use_quasi = true, fps = false, masked_fp = false;
  std::string misses, dump;
  for (int i = 5; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--no-quasi")) use_quasi = false;
    if (!std::strcmp(argv[i], "--false-positives")) fps = true;
    if (!std::strcmp(argv[i], "--masked-fp")) masked_fp = true;
    if (!std::strcmp(argv[i], "--misses") && i + 1 < argc) misses = argv[++i];
    if (!std::strcmp(argv[i], "--drop") && i + 1 < argc) g_drop.push_back(argv[++i]);
    if (!std::strcmp(argv[i], "--dump-masks") && i + 1 < argc) dump = argv[++i];
  }
  auto docs = LoadTab(argv[1]);
  auto policy = LoadPolicy(argv[2]);
  if (!docs.ok() || !policy.ok()) {
    std::cerr << (docs.ok() ? policy.status() : docs.status()).ToString() << "\n";
    return 2;
  }
  std::vector<std::unique_ptr<const Detector>> detectors;
  auto patterns = CompilePatternDetector();
  auto tagger = LoadTagger(argv[3]);
  if (!patterns.ok() || !tagger.ok()) {
    std::cerr << (patterns.ok() ? tagger.status() : patterns.status()).ToString() << "\n";
    return 2;
  }
  detectors.push_back(std::move(*patterns));
  detectors.push_back(NewScriptRunDetector());
  detectors.push_back(std::move(*tagger));
  const Detector* quasi_detector = nullptr;
  if (use_quasi) {
    auto q = CompileQuasiDetector(std::string(argv[4]));
    if (!q.ok()) {
      std::cerr << q.status().ToString() << "\n";
      return 2;
    }
    quasi_detector = q->get();
    detectors.push_back(std::make_unique<DropDetector>(std::move(*q)));
  }
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  std::vector<MaskSpans> masks;
  size_t bytes = 0;
  double quasi_seconds = 0;
  auto start = std::chrono::steady_clock::now();
  for (const TabDocument& doc : docs.value()) {
    std::vector<Finding> raw;
    if (masked_fp) g_doc = &doc;
    auto spans = Mask(engine, *scratch, doc.text, *policy, &raw);
    if (!spans.ok()) {
      std::cerr << spans.status().ToString() << "\n";
      return 1;
    }
    masks.push_back(std::move(*spans));
    bytes += doc.text.size();
    if (quasi_detector != nullptr) {
      auto qs = quasi_detector->NewScratch();
      VectorSink sink;
      auto t0 = std::chrono::steady_clock::now();
      for (int rep = 0; rep < 20; ++rep) {
        sink.findings.clear();
        (void)quasi_detector->Scan(doc.text, *qs, sink);
      }
      quasi_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / 20;
      if (fps) {
        for (const Finding& f : sink.findings) {
          if (f.confidence < policy->ThresholdFor(f.kind)) continue;
          bool hit = false;
          for (const TabMention& m : doc.mentions) {
            if (m.identifier_type != "NO_MASK" && m.begin < f.end && f.begin < m.end) hit = true;
          }
          std::cout << (hit ? "TP " : "FP ") << f.FullKind() << " " << f.confidence << " |"
                    << Flat(doc.text.substr(f.begin, f.end - f.begin)) << "|\n";
        }
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!misses.empty()) {
    for (size_t d = 0; d < docs->size(); ++d) {
      const TabDocument& doc = (*docs)[d];
      for (const TabMention& m : doc.mentions) {
        if (m.entity_type != misses || m.identifier_type == "NO_MASK") continue;
        bool covered = true;
        for (size_t p = m.begin; p < m.end; ++p) {
          unsigned char c = doc.text[p];
          if (!(std::isalnum(c) || c >= 0x80)) continue;
          bool in = false;
          for (const auto& [b, e] : masks[d]) in = in || (b <= p && p < e);
          covered = covered && in;
        }
        if (!covered) {
          size_t b = m.begin >= 40 ? m.begin - 40 : 0;
          std::cout << "MISS " << m.identifier_type << " |" << Flat(doc.text.substr(m.begin, m.end - m.begin))
                    << "|   ..." << Flat(doc.text.substr(b, std::min(doc.text.size(), m.end + 40) - b)) << "\n";
        }
      }
    }
  }
  if (!dump.empty()) {
    // One line per document: the masked byte spans as "b e" pairs.
    std::ofstream f(dump);
    for (const MaskSpans& m : masks) {
      for (const auto& [b, e] : m) f << b << ' ' << e << ' ';
      f << '\n';
    }
  }
  auto result = ScoreMasking(*docs, masks);
  if (!result.ok()) {
    std::cerr << result.status().ToString() << "\n";
    return 1;
  }
  std::cout << FormatEvalTable(*result);
  std::cerr << "pipeline: " << bytes << " bytes in " << seconds << " s";
  if (quasi_seconds > 0) std::cerr << "; quasi detector alone: " << bytes / quasi_seconds / 1e6 << " MB/s";
  std::cerr << "\n";
  return 0;
}

}  // namespace
}  // namespace tearline

int main(int argc, char** argv) { return tearline::Run(argc, argv); }

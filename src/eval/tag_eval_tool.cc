// tearline_tag_eval_tool: measures the tagger alone on a TAB file.
//   tearline_tag_eval_tool MODEL TAB.json [--threshold T]... [--json]
// Masking = every tagger span with confidence >= T (all labels). Prints the
// eval table per threshold, the model load time and the tagging speed.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "tearline/eval.h"
#include "tearline/tag.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s MODEL TAB.json [--threshold T]... [--json]\n", argv[0]);
    return 2;
  }
  std::vector<float> thresholds;
  bool json = false;
  for (int i = 3; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--threshold") && i + 1 < argc) thresholds.push_back(std::strtof(argv[++i], nullptr));
    else if (!std::strcmp(argv[i], "--json")) json = true;
    else {
      std::fprintf(stderr, "unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  if (thresholds.empty()) thresholds = {0.5f};
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  auto model = tearline::TaggerModel::Load(argv[1]);
  auto t1 = Clock::now();
  if (!model.ok()) {
    std::fprintf(stderr, "%s\n", model.status().ToString().c_str());
    return 4;
  }
  std::printf("model %s loaded in %.1f ms\n", (*model)->fingerprint().substr(0, 16).c_str(),
              std::chrono::duration<double, std::milli>(t1 - t0).count());
  auto docs = tearline::LoadTab(argv[2]);
  if (!docs.ok()) {
    std::fprintf(stderr, "%s\n", docs.status().ToString().c_str());
    return 3;
  }
  tearline::TagOptions opts;
  opts.min_confidence = 0.01f;
  std::vector<std::vector<tearline::TagSpan>> spans;
  size_t bytes = 0;
  for (const auto& d : *docs) spans.push_back((*model)->Tag(d.text, opts));  // also warms the caches
  // Speed: 5 further passes over the whole file, one thread.
  auto t2 = Clock::now();
  for (int pass = 0; pass < 5; ++pass) {
    for (const auto& d : *docs) {
      bytes += (*model)->Tag(d.text, opts).size() > 0 ? d.text.size() : d.text.size();
    }
  }
  double secs = std::chrono::duration<double>(Clock::now() - t2).count();
  std::printf("tagged %zu bytes in %.3f s: %.2f MB/s (one thread, warm)\n", bytes, secs, bytes / secs / 1e6);
  for (float t : thresholds) {
    std::vector<tearline::MaskSpans> masks;
    for (const auto& s : spans) {
      tearline::MaskSpans m;
      for (const auto& sp : s) {
        if (sp.confidence >= t) m.push_back({sp.begin, sp.end});
      }
      masks.push_back(std::move(m));
    }
    auto r = tearline::ScoreMasking(*docs, masks);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      return 4;
    }
    std::printf("== threshold %.2f\n%s", t, json ? (tearline::EvalResultToJson(*r) + "\n").c_str()
                                                : tearline::FormatEvalTable(*r).c_str());
  }
  return 0;
}

// tearline_tag_speed: measures the "tagger" Detector's Scan throughput on one
// thread. Not run by the tests.
//
// Usage: tearline_tag_speed MODEL (--tab TAB.json | --gum DIR | --text FILE)
//                           [--times N] [--repeat R] [--chunk BYTES] [--portable]
//   Builds one text from the TAB documents (each followed by a blank line),
//   the GUM documents (rebuilt from CoNLL-U) or a plain file, repeats it N
//   times (default 1), cuts it into chunks of at most BYTES (default 65536,
//   each cut after a whitespace byte) and scans every chunk through
//   Detector::Scan with one scratch. Prints the best of R (default 3) passes in
//   MB/s of CPU time (1 MB = 1e6 bytes), the number of findings and an FNV-1a
//   fingerprint of all findings (absolute begin, end, kind, confidence bits),
//   so that two builds can be checked to produce identical output.
//   --portable runs the portable kernels instead of the AVX2 ones.
//   --hint F sets the scratch's min_confidence_hint (default 0) and counts and
//   fingerprints only the findings at or above F (those an engine keeps);
//   --keep F counts and fingerprints the findings at or above F whatever the
//   hint (--hint 0 --keep 0.3 against --hint 0.3 checks the hint changes nothing
//   an engine keeps).
#include <time.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "src/base/speed_tool.h"
#include "src/tag/internal.h"
#include "tearline/eval.h"
#include "tearline/file.h"
#include "tearline/tag.h"

namespace {


int Fail(const tearline::Status& st) {
  std::fprintf(stderr, "%s\n", st.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr,
                 "usage: tearline_tag_speed MODEL (--tab F | --gum DIR | --text F) [--times N] [--repeat R] "
                 "[--chunk BYTES] [--portable] [--hint F] [--keep F]\n");
    return 2;
  }
  std::string model_path = argv[1], tab, gum, plain;
  int times = 1, repeat = 3;
  size_t chunk = 65536;
  float hint = 0;   // DetectorScratch::min_confidence_hint
  float keep = -1;  // findings counted and fingerprinted: confidence >= keep (default: hint)
  for (int i = 2; i < argc; ++i) {
    auto val = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "missing value for %s\n", argv[i]);
        std::exit(2);
      }
      return argv[++i];
    };
    if (!std::strcmp(argv[i], "--tab")) tab = val();
    else if (!std::strcmp(argv[i], "--gum")) gum = val();
    else if (!std::strcmp(argv[i], "--text")) plain = val();
    else if (!std::strcmp(argv[i], "--times")) times = std::atoi(val());
    else if (!std::strcmp(argv[i], "--repeat")) repeat = std::atoi(val());
    else if (!std::strcmp(argv[i], "--chunk")) chunk = static_cast<size_t>(std::atol(val()));
    else if (!std::strcmp(argv[i], "--portable")) tearline::tag_internal::UseAvx2ForTesting(false);
    else if (!std::strcmp(argv[i], "--hint")) hint = static_cast<float>(std::atof(val()));
    else if (!std::strcmp(argv[i], "--keep")) keep = static_cast<float>(std::atof(val()));
    else {
      std::fprintf(stderr, "unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  std::string one;
  if (!tab.empty()) {
    auto docs = tearline::LoadTab(tab);
    if (!docs.ok()) return Fail(docs.status());
    for (const auto& d : *docs) one += d.text + "\n\n";
  }
  if (!gum.empty()) {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(gum)) {
      if (e.path().extension() == ".conllu") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto data = tearline::ReadFile(f);
      if (!data.ok()) return Fail(data.status());
      auto text = tearline::ReadGumConllu(*data);
      if (!text.ok()) return Fail(text.status());
      one += text->text + "\n\n";
    }
  }
  if (!plain.empty()) {
    auto data = tearline::ReadFile(plain);
    if (!data.ok()) return Fail(data.status());
    one += *data;
  }
  std::string all;
  for (int t = 0; t < times; ++t) all += one;
  std::vector<std::string_view> pieces;
  for (size_t start = 0; start < all.size();) {
    size_t end = std::min(all.size(), start + std::max<size_t>(chunk, 1));
    if (end < all.size()) {
      size_t cut = end;
      while (cut > start && all[cut - 1] != ' ' && all[cut - 1] != '\n') --cut;
      if (cut > start) end = cut;
    }
    pieces.push_back(std::string_view(all).substr(start, end - start));
    start = end;
  }
  double l0 = tearline::CpuSeconds();
  auto detector = tearline::LoadTagger(model_path);
  double load = tearline::CpuSeconds() - l0;
  if (!detector.ok()) return Fail(detector.status());
  auto scratch = (*detector)->NewScratch();
  scratch->min_confidence_hint = hint;
  double best = 1e30;
  tearline::FingerprintSink last;
  for (int r = 0; r < repeat; ++r) {
    tearline::FingerprintSink sink;
    sink.min = keep >= 0 ? keep : hint;
    double t0 = tearline::CpuSeconds();
    for (std::string_view piece : pieces) {
      sink.base = static_cast<size_t>(piece.data() - all.data());
      tearline::Status st = (*detector)->Scan(piece, *scratch, sink);
      if (!st.ok()) return Fail(st);
    }
    best = std::min(best, tearline::CpuSeconds() - t0);
    last = sink;
  }
  std::printf("%.1f MB in %zu chunks, load %.0f ms, best of %d: %.3f s CPU, %.1f MB/s, %llu findings, "
              "fingerprint %016llx\n",
              static_cast<double>(all.size()) / 1e6, pieces.size(), load * 1e3, repeat, best,
              static_cast<double>(all.size()) / 1e6 / best, static_cast<unsigned long long>(last.count),
              static_cast<unsigned long long>(last.hash));
  return 0;
}

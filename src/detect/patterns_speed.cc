// patterns_speed: measures the pattern detector's Scan throughput on one
// thread. Not run by the tests.
//
// Usage: patterns_speed FILE [--repeat N] [--docs]
//   Reads FILE, compiles the detector, and scans the text N times (default 3)
//   as one text, or with --docs as one text per blank-line-separated document.
//   Prints the best CPU-time throughput in MB/s (1 MB = 1e6 bytes), the number
//   of findings, and an FNV-1a fingerprint of all findings (begin, end, kind,
//   subkind, confidence) so that two builds can be checked to agree.
#include <time.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "src/base/speed_tool.h"
#include "tearline/detect.h"
#include "tearline/file.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: patterns_speed FILE [--repeat N] [--docs]\n");
    return 2;
  }
  int repeat = 3;
  bool docs = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--docs") == 0) {
      docs = true;
    } else {
      std::fprintf(stderr, "unknown argument: %s\n", argv[i]);
      return 2;
    }
  }
  auto text = tearline::ReadFile(argv[1]);
  if (!text.ok()) {
    std::fprintf(stderr, "%s\n", text.status().ToString().c_str());
    return 4;
  }
  auto detector = tearline::CompilePatternDetector();
  if (!detector.ok()) {
    std::fprintf(stderr, "%s\n", detector.status().ToString().c_str());
    return 1;
  }
  const std::string_view all = text.value();
  std::vector<std::string_view> pieces;
  if (docs) {
    size_t start = 0;
    while (start < all.size()) {
      size_t cut = all.find("\n\n", start);
      size_t end = cut == std::string_view::npos ? all.size() : cut + 2;
      pieces.push_back(all.substr(start, end - start));
      start = end;
    }
  } else {
    pieces.push_back(all);
  }
  auto scratch = detector.value()->NewScratch();
  double best = 1e30;
  tearline::FingerprintSink last;
  for (int r = 0; r < repeat; ++r) {
    tearline::FingerprintSink sink;
    double t0 = tearline::CpuSeconds();
    for (std::string_view piece : pieces) {
      sink.base = static_cast<size_t>(piece.data() - all.data());
      tearline::Status st = detector.value()->Scan(piece, *scratch, sink);
      if (!st.ok()) {
        std::fprintf(stderr, "%s\n", st.ToString().c_str());
        return 1;
      }
    }
    double t = tearline::CpuSeconds() - t0;
    if (t < best) best = t;
    last = sink;
  }
  std::printf("%s: %.1f MB in %zu text(s), best of %d: %.3f s CPU, %.1f MB/s, %llu findings, fingerprint %016llx\n",
              argv[1], static_cast<double>(all.size()) / 1e6, pieces.size(), repeat, best,
              static_cast<double>(all.size()) / 1e6 / best, static_cast<unsigned long long>(last.count),
              static_cast<unsigned long long>(last.hash));
  return 0;
}

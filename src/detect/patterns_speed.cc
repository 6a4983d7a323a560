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

#include "tearline/detect.h"
#include "tearline/file.h"

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Counts findings and folds them into a fingerprint; offsets are made
// absolute with `base`.
class HashSink final : public tearline::FindingSink {
 public:
  void Add(const tearline::Finding& f) override {
    ++count;
    Mix(base + f.begin);
    Mix(base + f.end);
    Mix(static_cast<uint64_t>(f.kind));
    for (char c : f.subkind) Mix(static_cast<unsigned char>(c));
    uint32_t bits;
    std::memcpy(&bits, &f.confidence, sizeof bits);
    Mix(bits);
  }
  void Mix(uint64_t v) {
    for (int i = 0; i < 8; ++i) {
      hash ^= (v >> (8 * i)) & 0xff;
      hash *= 1099511628211ull;
    }
  }
  uint64_t hash = 1469598103934665603ull;
  uint64_t count = 0;
  size_t base = 0;
};

}  // namespace

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
  HashSink last;
  for (int r = 0; r < repeat; ++r) {
    HashSink sink;
    double t0 = CpuSeconds();
    for (std::string_view piece : pieces) {
      sink.base = static_cast<size_t>(piece.data() - all.data());
      tearline::Status st = detector.value()->Scan(piece, *scratch, sink);
      if (!st.ok()) {
        std::fprintf(stderr, "%s\n", st.ToString().c_str());
        return 1;
      }
    }
    double t = CpuSeconds() - t0;
    if (t < best) best = t;
    last = sink;
  }
  std::printf("%s: %.1f MB in %zu text(s), best of %d: %.3f s CPU, %.1f MB/s, %llu findings, fingerprint %016llx\n",
              argv[1], static_cast<double>(all.size()) / 1e6, pieces.size(), repeat, best,
              static_cast<double>(all.size()) / 1e6 / best, static_cast<unsigned long long>(last.count),
              static_cast<unsigned long long>(last.hash));
  return 0;
}

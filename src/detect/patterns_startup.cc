// patterns_startup: measures the wall time of CompilePatternDetector without
// a cache, with a cold cache (empty directory) and with a warm cache. Not run
// by the tests.
//
// Usage: patterns_startup [--repeat N]
//   Runs each case N times (default 5), each cold run in a fresh temporary
//   directory, and prints the best and median milliseconds per case.
#include <stdlib.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "database_cache.h"
#include "tearline/detect.h"

namespace {

double WallMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

// Compiles with `cache_dir`; returns the milliseconds taken, or -1 on error
// or when the cache outcome is not `want`.
double Time(const std::string& cache_dir, tearline::patterns::CacheOutcome want) {
  tearline::PatternOptions options;
  options.cache_dir = cache_dir;
  tearline::patterns::CacheOutcome outcome;
  const double start = WallMs();
  auto r = tearline::patterns::CompilePatternDetectorReport(options, &outcome);
  const double ms = WallMs() - start;
  if (!r.ok() || outcome != want) return -1;
  return ms;
}

void Print(const char* name, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  std::printf("%-12s best %8.1f ms   median %8.1f ms   (n=%zu)\n", name, ms.front(), ms[ms.size() / 2], ms.size());
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: patterns_startup [--repeat N]\n");
      return 2;
    }
  }
  using tearline::patterns::CacheOutcome;
  namespace fs = std::filesystem;
  std::vector<double> none, cold, warm;
  for (int i = 0; i < repeat; ++i) {
    std::string tmpl = (fs::temp_directory_path() / "tl_startup_XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      std::perror("mkdtemp");
      return 4;
    }
    const std::string dir = tmpl + "/cache";
    none.push_back(Time("", CacheOutcome::kDisabled));
    cold.push_back(Time(dir, CacheOutcome::kStored));
    warm.push_back(Time(dir, CacheOutcome::kLoaded));
    std::error_code ec;
    fs::remove_all(tmpl, ec);
    for (double ms : {none.back(), cold.back(), warm.back()}) {
      if (ms < 0) {
        std::fprintf(stderr, "compile failed or unexpected cache outcome\n");
        return 4;
      }
    }
  }
  Print("no cache", none);
  Print("cold cache", cold);
  Print("warm cache", warm);
  return 0;
}

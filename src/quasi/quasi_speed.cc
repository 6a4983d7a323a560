// quasi_speed: throughput of the quasi detector alone.
//   quasi_speed LEXICON_DIR FILE [--repeat N]
// Prints bytes, findings and MB/s (best of N scans of the whole file).
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "tearline/file.h"
#include "tearline/quasi.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: quasi_speed LEXICON_DIR FILE [--repeat N]\n";
    return 2;
  }
  int repeat = 5;
  if (argc >= 5 && !std::strcmp(argv[3], "--repeat")) repeat = std::max(1, std::atoi(argv[4]));
  auto detector = tearline::CompileQuasiDetector(std::string(argv[1]));
  auto text = tearline::ReadFile(argv[2]);
  if (!detector.ok() || !text.ok()) {
    std::cerr << (detector.ok() ? text.status() : detector.status()).ToString() << "\n";
    return 2;
  }
  auto scratch = (*detector)->NewScratch();
  double best = 1e9;
  size_t found = 0;
  for (int r = 0; r < repeat; ++r) {
    tearline::VectorSink sink;
    auto t0 = std::chrono::steady_clock::now();
    auto status = (*detector)->Scan(*text, *scratch, sink);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!status.ok()) {
      std::cerr << status.ToString() << "\n";
      return 1;
    }
    best = std::min(best, s);
    found = sink.findings.size();
  }
  std::cout << text->size() << " bytes, " << found << " findings, " << text->size() / best / 1e6 << " MB/s\n";
  return 0;
}

// quasi_speed: throughput of the quasi detector alone, or of one of the
// module's name rules.
//   quasi_speed LEXICON_DIR FILE [--repeat N] [--doc-mb M] [--rule ID]
// Prints bytes, findings and MB/s (best of N scans of the whole file). With
// --doc-mb, the file is scanned as documents of about M MB cut at line
// breaks, with one scratch (as the release benchmark does). --rule scans
// with the rule detector of that id instead (titles, codenames, relations,
// appositions, eastasian, regional, fields, initials, quotes, citations).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/file.h"
#include "tearline/quasi.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: quasi_speed LEXICON_DIR FILE [--repeat N]\n";
    return 2;
  }
  int repeat = 5;
  double doc_mb = 0;
  std::string_view rule;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[i + 1]));
    if (!std::strcmp(argv[i], "--doc-mb")) doc_mb = std::atof(argv[i + 1]);
    if (!std::strcmp(argv[i], "--rule")) rule = argv[i + 1];
  }
  tearline::Result<std::unique_ptr<const tearline::Detector>> detector =
      tearline::CompileQuasiDetector(std::string(argv[1]));
  if (!rule.empty()) {
    detector = tearline::Status::InvalidArgument("no rule with id " + std::string(rule));
    for (auto& d : tearline::NewNameRuleDetectors()) {
      if (d->id() == rule) detector = std::move(d);
    }
  }
  auto text = tearline::ReadFile(argv[2]);
  if (!detector.ok() || !text.ok()) {
    std::cerr << (detector.ok() ? text.status() : detector.status()).ToString() << "\n";
    return 2;
  }
  std::vector<std::string_view> docs;
  std::string_view rest = *text;
  while (!rest.empty()) {
    size_t cut = doc_mb > 0 ? static_cast<size_t>(doc_mb * 1e6) : rest.size();
    if (cut < rest.size()) {
      size_t nl = rest.find('\n', cut);
      cut = nl == std::string_view::npos ? rest.size() : nl + 1;
    } else {
      cut = rest.size();
    }
    docs.push_back(rest.substr(0, cut));
    rest.remove_prefix(cut);
  }
  auto scratch = (*detector)->NewScratch();
  double best = 1e9;
  size_t found = 0;
  for (int r = 0; r < repeat; ++r) {
    tearline::VectorSink sink;
    auto t0 = std::chrono::steady_clock::now();
    tearline::Status status;
    for (std::string_view doc : docs) {
      status = (*detector)->Scan(doc, *scratch, sink);
      if (!status.ok()) break;
    }
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

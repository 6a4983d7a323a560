// quasi_fingerprint: a digest of everything the quasi detector reports, to
// check that a change to the detector leaves its findings unchanged.
//   quasi_fingerprint LEXICON_DIR [--dump] [--hint C] [--synthetic N] [FILE...]
// For each FILE, and for N synthetic documents (a fixed seed, so every build
// generates the same ones), prints one line "<name> <findings> <digest>".
// The digest covers each finding's kind, subkind, span and confidence (its
// exact float bits), in sorted order. --dump also prints every finding.
// --hint C sets DetectorScratch::min_confidence_hint to C and keeps only
// findings at or above C, so that a run with and without the hint can be
// compared. Files ending in ".json" (TAB) are split into their "text"
// strings; ".conllu" files (GUM) into their "# text = " lines, one document
// per file. Exit status 2 on a usage or input error.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tearline/file.h"
#include "tearline/quasi.h"

namespace {

using tearline::Finding;

uint64_t Fnv(uint64_t h, const void* data, size_t n) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  return h;
}

// Words and separators that exercise every rule: lexicon phrases, org heads,
// currency, ages, numbers, joiners, non-ASCII letters, marks and spaces,
// invalid UTF-8.
const char* const kPieces[] = {
    "British", "british", "BRITISH", "Turkish", "turkish", "Afghan", "Kurd", "Pashtun", "Hazara", "Sunni",
    "Muslim", "Christian", "Jehovah", "Witnesses", "driver", "lorry", "police", "officer", "non", "commissioned",
    "lawyer", "interpreter", "students", "national", "nationals", "citizen", "citizens", "a", "an", "as", "A", "As",
    "the", "The", "THE", "of", "for", "and", "de", "für", "in", "In", "Court", "COURT", "court", "Supreme",
    "Administrative", "Ministry", "Interior", "University", "Bank", "Prison", "Company", "Department", "Rules",
    "Kabul", "Kayseri", "Ozturk", "Wronki", "Zakład", "Karny", "Köln", "Ahmadzai", "Sulaiman", "Khel", "khel",
    "Sulaimankhel", "PKK", "EUR", "eur", "USD", "PLN", "TRY", "euros", "liras", "lira", "pounds", "sterling",
    "million", "m", "bn", "thousand", "approximately", "about", "over", "five", "hundred", "twenty", "eighteen",
    "aged", "age", "years", "year", "month", "old", "per", "cent", "percent", "square", "metres", "km", "h",
    "5,000", "1.2", "12", "34", "63", "2004", "552.21", "100,000", "40", "18.5", "7", "0", "x", "Z", "É", "éa",
    "Ünal", "İstanbul", "ΑΘΗΝΑ", "Москва", "naïve", "e\xCC\x81t\xC3\xA9", "日本", "٣٤", "Ⅻ", "ǅemal", "ß", "İ",
    "\xF0\x9D\x90\x80", "zai", "Ahmadzai's", "US", "Mr", "Article", "THE LAW"};
const char* const kGaps[] = {
    " ", " ", " ", " ", " ", "  ", "-", "'", "\xE2\x80\x99", "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x99 ", "' ",
    "/", ", ", ". ", "\n", "\r\n", "\t", "\xC2\xA0", "\xE2\x80\x83", "\xE2\x80\xA8", " (", ") ", "(", ")", " [",
    "] ", "%", " %", "£", " £", "€", "$", " US$", "--", " - ", ",", ".", ":", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80",
    "\xC0\xAF", "\xF4\x90\x80\x80", "_", "\xCC\x81", "\x01", ";"};

std::string Synthetic(std::mt19937_64& rng) {
  std::string s;
  size_t n = 1 + rng() % 60;
  for (size_t k = 0; k < n; ++k) {
    s += kPieces[rng() % std::size(kPieces)];
    s += kGaps[rng() % std::size(kGaps)];
  }
  if (rng() % 3 == 0) s.resize(rng() % (s.size() + 1));  // cut anywhere, even inside a code point
  return s;
}

// Documents of a data file.
std::vector<std::string> Documents(const std::string& path, std::string_view content) {
  if (path.ends_with(".json")) {
    std::vector<std::string> out;
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    if (j.is_array()) {
      for (const auto& doc : j) {
        if (doc.contains("text") && doc["text"].is_string()) out.push_back(doc["text"].get<std::string>());
      }
    }
    return out;
  }
  if (path.ends_with(".conllu")) {
    std::string doc;
    size_t pos = 0;
    while (pos < content.size()) {
      size_t nl = content.find('\n', pos);
      if (nl == std::string_view::npos) nl = content.size();
      std::string_view line = content.substr(pos, nl - pos);
      if (line.starts_with("# text = ")) {
        if (!doc.empty()) doc += ' ';
        doc += line.substr(9);
      }
      pos = nl + 1;
    }
    return {doc};
  }
  return {std::string(content)};
}

struct Totals {
  size_t findings = 0;
  uint64_t digest = 0xcbf29ce484222325ull;
};

bool ScanOne(const tearline::Detector& d, tearline::DetectorScratch& scratch, std::string_view text, float hint,
             bool dump, const std::string& name, Totals* t) {
  scratch.min_confidence_hint = hint;
  tearline::VectorSink sink;
  tearline::Status s = d.Scan(text, scratch, sink);
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", name.c_str(), s.ToString().c_str());
    return false;
  }
  std::vector<Finding> f;
  for (const Finding& x : sink.findings) {
    if (x.confidence >= hint) f.push_back(x);
  }
  std::sort(f.begin(), f.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.begin, a.end, a.kind, a.subkind, a.confidence) <
           std::tie(b.begin, b.end, b.kind, b.subkind, b.confidence);
  });
  for (const Finding& x : f) {
    uint32_t bits;
    std::memcpy(&bits, &x.confidence, sizeof bits);
    uint64_t rec[4] = {x.begin, x.end, static_cast<uint64_t>(x.kind), bits};
    t->digest = Fnv(t->digest, rec, sizeof rec);
    t->digest = Fnv(t->digest, x.subkind.data(), x.subkind.size());
    t->digest = Fnv(t->digest, "|", 1);
    if (dump) {
      std::printf("  %s [%zu,%zu) %s/%.*s %.9g\n", name.c_str(), x.begin, x.end, std::string(tearline::KindName(x.kind)).c_str(),
                  static_cast<int>(x.subkind.size()), x.subkind.data(), x.confidence);
    }
  }
  t->findings += f.size();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: quasi_fingerprint LEXICON_DIR [--dump] [--hint C] [--synthetic N] [FILE...]\n");
    return 2;
  }
  bool dump = false;
  float hint = 0;
  size_t synthetic = 0;
  std::vector<std::string> files;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dump") {
      dump = true;
    } else if (a == "--hint" && i + 1 < argc) {
      hint = std::strtof(argv[++i], nullptr);
    } else if (a == "--synthetic" && i + 1 < argc) {
      synthetic = std::strtoull(argv[++i], nullptr, 10);
    } else {
      files.push_back(a);
    }
  }
  auto detector = tearline::CompileQuasiDetector(std::string(argv[1]));
  if (!detector.ok()) {
    std::fprintf(stderr, "%s\n", detector.status().ToString().c_str());
    return 2;
  }
  auto scratch = (*detector)->NewScratch();
  for (const std::string& path : files) {
    auto content = tearline::ReadFile(path);
    if (!content.ok()) {
      std::fprintf(stderr, "%s\n", content.status().ToString().c_str());
      return 2;
    }
    Totals t;
    std::vector<std::string> docs = Documents(path, *content);
    for (size_t k = 0; k < docs.size(); ++k) {
      if (!ScanOne(**detector, *scratch, docs[k], hint, dump, path + "#" + std::to_string(k), &t)) return 2;
    }
    std::printf("%s %zu %016" PRIx64 "\n", path.c_str(), t.findings, t.digest);
  }
  if (synthetic > 0) {
    std::mt19937_64 rng(20240611);
    Totals t;
    for (size_t k = 0; k < synthetic; ++k) {
      std::string doc = Synthetic(rng);
      if (!ScanOne(**detector, *scratch, doc, hint, dump, "synthetic#" + std::to_string(k), &t)) return 2;
    }
    std::printf("synthetic(%zu) %zu %016" PRIx64 "\n", synthetic, t.findings, t.digest);
  }
  return 0;
}

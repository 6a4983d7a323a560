// tearline_gum_gold: prints the text and the gold spans that training and the
// tagger's own evaluation take from GUM CoNLL-U files (ReadGumConllu, then of
// overlapping spans the longer wins, as in training: "Madame Tussauds Museum"
// is a place, not also a person), so that other scorers (bench/quality) use
// the same gold rather than a second copy of its rules.
//   tearline_gum_gold FILE.conllu...
// One JSON object per file per line, in argument order:
//   {"file": PATH, "text": TEXT, "spans": [{"begin": B, "end": E, "label": L}, ...]}
// Offsets are half-open UTF-8 byte offsets into TEXT; labels as TagLabelName.
// Exit status: 0 on success, 2 on a usage error, 3 when a file cannot be read
// or parsed (the message names the file).
#include <cstdio>
#include <exception>
#include <string>

#include <nlohmann/json.hpp>

#include "tearline/file.h"
#include "src/tag/train_internal.h"
#include "tearline/tag.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.conllu...\n", argv[0]);
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    auto data = tearline::ReadFile(argv[i]);
    if (!data.ok()) {
      std::fprintf(stderr, "%s\n", data.status().ToString().c_str());
      return 3;
    }
    auto doc = tearline::ReadGumConllu(*data);
    if (!doc.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[i], doc.status().ToString().c_str());
      return 3;
    }
    nlohmann::json spans = nlohmann::json::array();
    for (const tearline::TagSpan& s : tearline::tag_internal::LongerGoldSpansWin(doc->spans)) {
      spans.push_back({{"begin", s.begin}, {"end", s.end}, {"label", std::string(tearline::TagLabelName(s.label))}});
    }
    nlohmann::json line = {{"file", argv[i]}, {"text", doc->text}, {"spans", std::move(spans)}};
    try {
      std::printf("%s\n", line.dump().c_str());
    } catch (const std::exception&) {  // text that is not UTF-8
      std::fprintf(stderr, "%s: the text is not valid UTF-8\n", argv[i]);
      return 3;
    }
  }
  return 0;
}

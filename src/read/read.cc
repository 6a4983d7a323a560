#include "tearline/read.h"

#include <string>

#include "tearline/file.h"

namespace tearline {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

Result<Format> FormatForPath(std::string_view path) {
  if (path == "-") return Format::kText;
  std::string_view base = path;
  if (size_t slash = base.rfind('/'); slash != std::string_view::npos) base = base.substr(slash + 1);
  if (EndsWith(base, ".md") || EndsWith(base, ".markdown")) return Format::kMarkdown;
  if (EndsWith(base, ".txt") || EndsWith(base, ".text")) return Format::kText;
  size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return Format::kText;
  return Status::BadInput("unsupported input format '" + std::string(base.substr(dot)) + "' for " +
                          std::string(path) + " (tearline reads .txt, .md, or files without an extension)");
}

Result<Document> ReadDocument(std::string bytes, Format format, const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return Status::BadInput("input is " + std::to_string(bytes.size()) + " bytes, above the limit of " +
                            std::to_string(options.max_bytes) + " bytes");
  }
  size_t body = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (bytes.size() == body) return Status::BadInput("input is empty");
  if (size_t nul = bytes.find('\0'); nul != std::string::npos) {
    return Status::BadInput("input contains a NUL byte at offset " + std::to_string(nul) +
                            " (binary files are refused)");
  }
  if (auto bad = FindInvalidUtf8(bytes)) {
    return Status::BadInput("input is not valid UTF-8: invalid byte sequence at offset " + std::to_string(*bad));
  }
  Document doc;
  doc.format = format;
  doc.text = std::move(bytes);
  doc.portions = SplitPortions(doc.text, format);
  return doc;
}

}  // namespace tearline

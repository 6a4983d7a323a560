// tearline/read.h — format readers: bytes in, text plus portions out.
//
// WHAT THESE TYPES REPRESENT
//   A Document is a validated UTF-8 text (a leading UTF-8 byte-order mark is
//   kept in `text` and excluded from every portion) and its Portions: the
//   units that carry a classification marking and that drop_portion withholds.
//   For plain text and Markdown a portion is a paragraph (lines separated by
//   blank lines), a Markdown list item, or a Markdown table row. Portions are
//   disjoint half-open byte ranges, in order; each excludes its line
//   terminator(s). CRLF line ends are preserved byte for byte.
//
// THREAD SAFETY
//   Free functions; no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/status.h"

namespace tearline {

enum class PortionType { kParagraph, kListItem, kTableRow, kHeading };

struct Portion {
  size_t begin = 0;
  size_t end = 0;
  PortionType type = PortionType::kParagraph;
};

enum class Format { kText, kMarkdown };

struct ReadOptions {
  // Inputs larger than this many bytes are refused (kBadInput).
  size_t max_bytes = 256u << 20;
};

struct Document {
  std::string text;  // the input bytes, unchanged
  Format format = Format::kText;
  std::vector<Portion> portions;
};

// Chooses the format from a path's extension: .md/.markdown -> Markdown;
// .txt, no extension or "-" -> text. Any other extension is refused
// (kBadInput) so that an unsupported format is never passed through.
Result<Format> FormatForPath(std::string_view path);

// Validates and splits `bytes`. Refuses (kBadInput) with the byte offset: an
// empty input, invalid UTF-8, a NUL byte, or more than options.max_bytes.
Result<Document> ReadDocument(std::string bytes, Format format, const ReadOptions& options = {});

// The portions of `text` (already validated), by the rules above.
std::vector<Portion> SplitPortions(std::string_view text, Format format);

}  // namespace tearline

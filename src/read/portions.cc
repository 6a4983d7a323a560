#include <cctype>

#include "tearline/read.h"

namespace tearline {
namespace {

struct Line {
  size_t begin;  // first byte
  size_t end;    // before "\n" or "\r\n"
};

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

size_t Indent(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// "- x", "* x", "+ x", "1. x", "12) x" after at most 3 columns of indentation
// (deeper indentation is a nested item, which is still its own portion).
bool IsListItem(std::string_view s) {
  size_t i = Indent(s);
  if (i >= s.size()) return false;
  char c = s[i];
  if (c == '-' || c == '*' || c == '+') {
    return i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\t');
  }
  size_t j = i;
  while (j < s.size() && j - i < 9 && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  if (j == i || j >= s.size()) return false;
  if (s[j] != '.' && s[j] != ')') return false;
  return j + 1 < s.size() && (s[j + 1] == ' ' || s[j + 1] == '\t');
}

bool IsTableRow(std::string_view s) {
  size_t i = Indent(s);
  return i < s.size() && s[i] == '|';
}

// A Markdown table delimiter row such as "|---|:--:|": structure, no content.
bool IsTableDelimiter(std::string_view s) {
  bool dash = false;
  for (char c : s) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return dash;
}

bool IsHeading(std::string_view s) {
  size_t i = Indent(s);
  size_t j = i;
  while (j < s.size() && s[j] == '#') ++j;
  return j > i && j - i <= 6 && (j == s.size() || s[j] == ' ' || s[j] == '\t');
}

}  // namespace

std::vector<Portion> SplitPortions(std::string_view text, Format format) {
  std::vector<Portion> portions;
  size_t pos = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  bool open = false;  // a paragraph or list item is accumulating lines
  auto close = [&] { open = false; };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (end > pos && text[end - 1] == '\r') --end;
    std::string_view line = text.substr(pos, end - pos);
    if (IsBlank(line)) {
      close();
    } else if (IsTableRow(line)) {
      close();
      if (!IsTableDelimiter(line)) portions.push_back({pos, end, PortionType::kTableRow});
    } else if (format == Format::kMarkdown && IsHeading(line)) {
      close();
      portions.push_back({pos, end, PortionType::kHeading});
    } else if (IsListItem(line)) {
      portions.push_back({pos, end, PortionType::kListItem});
      open = true;
    } else if (open) {
      portions.back().end = end;  // continuation of a paragraph or list item
    } else {
      portions.push_back({pos, end, PortionType::kParagraph});
      open = true;
    }
    pos = next;
  }
  return portions;
}

}  // namespace tearline

// JSONL reading, JSON pointers and the span tree (tearline/records.h,
// json_tree.h). nlohmann-json validates each line, decodes strings and parses
// pointers; the span tree only records where each value lies.
#include <nlohmann/json.hpp>

#include <unordered_set>

#include "json_tree.h"
#include "tearline/file.h"
#include "tearline/records.h"

namespace tearline {
namespace records_internal {
namespace {

using json = nlohmann::json;

size_t SkipWs(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

size_t StringEnd(std::string_view s, size_t i) {  // s[i] == '"'; returns one past the closing quote
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return s.size();
}

std::string DecodeString(std::string_view raw) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw.substr(1, raw.size() - 2));
  try {
    return json::parse(raw).get<std::string>();
  } catch (const std::exception&) {
    return std::string();
  }
}

// REQUIRES: s is valid JSON (checked by nlohmann first).
Status Scan(std::string_view s, size_t* i, int parent, size_t depth, size_t max_depth, std::vector<JNode>* out) {
  if (depth > max_depth) return Status::BadInput("JSON nested deeper than " + std::to_string(max_depth));
  *i = SkipWs(s, *i);
  int me = static_cast<int>(out->size());
  out->push_back({});
  (*out)[me].begin = (*out)[me].member_begin = *i;
  (*out)[me].parent = parent;
  char c = s[*i];
  if (c == '{' || c == '[') {
    (*out)[me].type = c == '{' ? JNode::kObject : JNode::kArray;
    ++*i;
    std::unordered_set<std::string> keys;
    size_t index = 0;
    while (true) {
      *i = SkipWs(s, *i);
      if (s[*i] == '}' || s[*i] == ']') { ++*i; break; }
      if (s[*i] == ',') { ++*i; *i = SkipWs(s, *i); }
      std::string key;
      size_t member = *i;
      if (c == '{') {
        size_t e = StringEnd(s, *i);
        key = DecodeString(s.substr(*i, e - *i));
        if (!keys.insert(key).second) return Status::BadInput("duplicate key in a JSON object");
        *i = SkipWs(s, e) + 1;  // past ':'
      } else {
        key = std::to_string(index++);
      }
      int child = static_cast<int>(out->size());
      TL_RETURN_IF_ERROR(Scan(s, i, me, depth + 1, max_depth, out));
      (*out)[child].key = std::move(key);
      (*out)[child].member_begin = member;
      (*out)[me].children.push_back(child);
    }
  } else if (c == '"') {
    (*out)[me].type = JNode::kString;
    *i = StringEnd(s, *i);
  } else {
    while (*i < s.size() && s[*i] != ',' && s[*i] != '}' && s[*i] != ']' && s[*i] != ' ' && s[*i] != '\t' &&
           s[*i] != '\r' && s[*i] != '\n')
      ++*i;
  }
  (*out)[me].end = *i;
  return Status::OK();
}

}  // namespace

Result<std::vector<JNode>> BuildJsonTree(std::string_view text, size_t max_depth) {
  // Depth first, so that a hostile line cannot exhaust the stack.
  size_t depth = 0, maxd = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') { i = StringEnd(text, i) - 1; continue; }
    if (c == '{' || c == '[') maxd = std::max(maxd, ++depth);
    else if ((c == '}' || c == ']') && depth > 0) --depth;
  }
  if (maxd > max_depth) return Status::BadInput("JSON nested deeper than " + std::to_string(max_depth));
  try {
    json j = json::parse(text);
    if (!j.is_object()) return Status::BadInput("line is not a JSON object");
  } catch (const json::parse_error& e) {
    return Status::BadInput("invalid JSON at byte " + std::to_string(e.byte));
  } catch (const std::exception&) {
    return Status::BadInput("invalid JSON");
  }
  std::vector<JNode> tree;
  size_t i = 0;
  TL_RETURN_IF_ERROR(Scan(text, &i, -1, 1, max_depth + 1, &tree));
  return tree;
}

int FindNode(const std::vector<JNode>& tree, const std::vector<std::string>& tokens) {
  int cur = 0;
  for (const std::string& t : tokens) {
    int next = -1;
    for (int c : tree[cur].children)
      if (tree[c].key == t) { next = c; break; }
    if (next < 0 || tree[cur].type == JNode::kString || tree[cur].type == JNode::kOther) return -1;
    cur = next;
  }
  return cur;
}

Result<std::vector<std::string>> PointerTokens(std::string_view pointer) {
  try {
    json::json_pointer p{std::string(pointer)};
    if (p.empty()) return Status::PolicyError("JSON pointer must name a field, not the whole line");
    std::vector<std::string> tokens;
    while (!p.empty()) {
      tokens.insert(tokens.begin(), p.back());
      p.pop_back();
    }
    return tokens;
  } catch (const std::exception&) {
    return Status::PolicyError("invalid JSON pointer '" + std::string(pointer) + "'");
  }
}

std::string NodeText(std::string_view text, const JNode& n) {
  std::string_view raw = text.substr(n.begin, n.end - n.begin);
  return n.type == JNode::kString ? DecodeString(raw) : std::string(raw);
}

Result<std::string> JsonQuote(std::string_view value) {
  if (FindInvalidUtf8(value)) return Status::BadInput("replacement value is not valid UTF-8");
  return json(std::string(value)).dump();
}

}  // namespace records_internal

Status ValidateJsonPointer(std::string_view pointer) {
  return records_internal::PointerTokens(pointer).status();
}

Result<JsonlTable> ParseJsonl(std::string bytes, const JsonlOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Status::BadInput("JSONL input larger than " + std::to_string(options.max_bytes) + " bytes");
  JsonlTable t;
  t.source = std::move(bytes);
  std::string_view s = t.source;
  if (s.empty()) return Status::BadInput("JSONL input is empty");
  if (s.substr(0, 3) == "\xEF\xBB\xBF") return Status::BadInput("JSONL line 1: byte-order mark not allowed");
  if (auto bad = FindInvalidUtf8(s)) {
    size_t line = 1 + std::count(s.begin(), s.begin() + *bad, '\n');
    return Status::BadInput("JSONL line " + std::to_string(line) + ": invalid UTF-8 at byte offset " +
                            std::to_string(*bad));
  }
  size_t pos = 0, line = 1;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    JsonlLine l;
    l.begin = pos;
    l.line = line;
    l.end = nl == std::string_view::npos ? s.size() : nl;
    l.term_end = nl == std::string_view::npos ? s.size() : nl + 1;
    if (l.end > l.begin && s[l.end - 1] == '\r') --l.end;
    std::string where = "JSONL line " + std::to_string(line) + ": ";
    if (l.end == l.begin) return Status::BadInput(where + "blank line");
    auto tree = records_internal::BuildJsonTree(s.substr(l.begin, l.end - l.begin), options.max_depth);
    if (!tree.ok()) return tree.status().WithContext("JSONL line " + std::to_string(line));
    t.lines.push_back(l);
    pos = l.term_end;
    ++line;
  }
  return t;
}

Result<std::optional<std::string>> JsonlValue(const JsonlTable& t, size_t index, std::string_view pointer) {
  TL_ASSIGN_OR_RETURN(auto tokens, records_internal::PointerTokens(pointer));
  const JsonlLine& l = t.lines.at(index);
  std::string_view text = std::string_view(t.source).substr(l.begin, l.end - l.begin);
  TL_ASSIGN_OR_RETURN(auto tree, records_internal::BuildJsonTree(text, 1024));
  int n = records_internal::FindNode(tree, tokens);
  if (n < 0) return std::optional<std::string>();
  return std::optional<std::string>(records_internal::NodeText(text, tree[n]));
}

}  // namespace tearline

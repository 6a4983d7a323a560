// A byte-span tree over one valid JSON text, so that a release can replace
// or remove single values and keep every other byte. Internal to src/records.
//
// THREAD SAFETY: values; no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/status.h"

namespace tearline::records_internal {

struct JNode {
  enum Type { kObject, kArray, kString, kOther } type = kOther;
  size_t begin = 0, end = 0;  // the value's bytes
  size_t member_begin = 0;    // object member: its key's opening quote; else == begin
  int parent = -1;
  std::string key;            // decoded member name, or the array index
  std::vector<int> children;  // in document order
};

// Builds the tree of `text`, which must be a JSON object. Fails (kBadInput,
// message without contents) on invalid JSON, a non-object, nesting deeper
// than max_depth, or a duplicate key in an object.
Result<std::vector<JNode>> BuildJsonTree(std::string_view text, size_t max_depth);

// The node at RFC 6901 pointer `tokens` (already unescaped), or -1.
int FindNode(const std::vector<JNode>& tree, const std::vector<std::string>& tokens);

// Unescaped reference tokens of a pointer; kPolicyError if invalid.
Result<std::vector<std::string>> PointerTokens(std::string_view pointer);

// A node's value as text: a string's decoded value, else its JSON text.
std::string NodeText(std::string_view text, const JNode& node);

// `value` as a JSON string literal; kBadInput if it is not valid UTF-8.
Result<std::string> JsonQuote(std::string_view value);

}  // namespace tearline::records_internal

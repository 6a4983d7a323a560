#include <algorithm>

#include "policy_internal.h"
#include "tearline/file.h"

namespace tearline {

bool ReadNameList(const std::string& path, std::vector<std::string>* names, std::string* error) {
  auto data = ReadFile(path, 16u << 20);
  if (!data.ok()) {
    *error = data.status().message();
    return false;
  }
  if (auto bad = FindInvalidUtf8(*data)) {
    *error = path + ": not valid UTF-8 at byte offset " + std::to_string(*bad);
    return false;
  }
  size_t line_no = 0;
  for (size_t pos = 0; pos < data->size();) {
    size_t nl = data->find('\n', pos);
    if (nl == std::string::npos) nl = data->size();
    std::string line = data->substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!line.empty() && space(line.back())) line.pop_back();
    size_t lead = 0;
    while (lead < line.size() && space(line[lead])) ++lead;
    line.erase(0, lead);
    if (line.empty()) continue;
    bool letter = std::any_of(line.begin(), line.end(), [](char c) {
      auto u = static_cast<unsigned char>(c);
      return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0xC0;
    });
    if (!letter) {
      *error = path + ":" + std::to_string(line_no) + ": a name needs letters";
      return false;
    }
    names->push_back(std::move(line));
  }
  return true;
}

}  // namespace tearline

// Reading the quasi detector's lexicon files.
#include <charconv>
#include <filesystem>
#include <system_error>

#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

struct FileSpec {
  const char* name;
  Kind kind;
  std::string_view subkind;
  float default_confidence;
  int target;  // 0 entries, 1 org_heads, 2 org_generic
};

constexpr FileSpec kFiles[] = {
    {"dem_nationality.txt", Kind::kDem, "NATIONALITY", 0.5f, 0},
    {"dem_ethnicity.txt", Kind::kDem, "ETHNICITY", 0.6f, 0},
    {"dem_religion.txt", Kind::kDem, "RELIGION", 0.5f, 0},
    {"dem_occupation.txt", Kind::kDem, "OCCUPATION", 0.35f, 0},
    {"dem_health.txt", Kind::kDem, "HEALTH", 0.5f, 0},
    {"org_names.txt", Kind::kOrg, "LISTED", 0.6f, 0},
    {"org_groups.txt", Kind::kOrg, "GROUP", 0.6f, 0},
    {"org_heads.txt", Kind::kOrg, "", 0.6f, 1},
    {"org_generic.txt", Kind::kOrg, "", 0.0f, 2},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Status ParseFile(const FileSpec& spec, std::string_view content, QuasiLexicons* out) {
  if (FindInvalidUtf8(content).has_value()) return Status::BadInput(std::string(spec.name) + ": not valid UTF-8");
  size_t line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    ++line_no;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    float confidence = spec.default_confidence;
    if (size_t tab = line.find('\t'); tab != std::string_view::npos) {
      std::string_view num = Trim(line.substr(tab + 1));
      auto [ptr, ec] = std::from_chars(num.data(), num.data() + num.size(), confidence);
      if (ec != std::errc() || ptr != num.data() + num.size() || !(confidence >= 0.0f && confidence <= 1.0f)) {
        return Status::BadInput(std::string(spec.name) + ":" + std::to_string(line_no) +
                                ": the confidence must be a number in [0, 1]");
      }
      line = Trim(line.substr(0, tab));
    }
    if (line.empty()) continue;
    if (spec.target == 2) {
      out->org_generic.emplace_back(line);
    } else {
      QuasiLexiconEntry e{std::string(line), spec.kind, spec.subkind, confidence};
      (spec.target == 1 ? out->org_heads : out->entries).push_back(std::move(e));
    }
  }
  return Status::OK();
}

}  // namespace

Result<QuasiLexicons> LoadQuasiLexicons(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::NotFound("lexicon directory not found: " + dir);
  QuasiLexicons lex;
  for (const FileSpec& spec : kFiles) {
    std::string path = dir + "/" + spec.name;
    if (!std::filesystem::exists(path, ec)) continue;
    TL_ASSIGN_OR_RETURN(std::string content, ReadFile(path));
    TL_RETURN_IF_ERROR(ParseFile(spec, content, &lex));
  }
  return lex;
}

}  // namespace tearline

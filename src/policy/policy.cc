// Policy types, file loading and diagnostics (tearline/policy.h).
#include <algorithm>
#include <charconv>
#include <cmath>

#include "policy_internal.h"
#include "tearline/file.h"
#include "tearline/policy.h"

namespace tearline {

std::string_view ActionName(ActionType type) {
  switch (type) {
    case ActionType::kKeep: return "keep";
    case ActionType::kLabel: return "label";
    case ActionType::kGeneralize: return "generalize";
    case ActionType::kPseudonym: return "pseudonym";
    case ActionType::kRedact: return "redact";
    case ActionType::kDropPortion: return "drop_portion";
  }
  return "redact";
}

int ActionStrictness(ActionType type) {
  switch (type) {
    case ActionType::kKeep: return 0;
    case ActionType::kGeneralize: return 1;
    case ActionType::kLabel: return 2;
    case ActionType::kPseudonym: return 3;
    case ActionType::kRedact: return 4;
    case ActionType::kDropPortion: return 5;
  }
  return 4;
}

std::string PolicyDiagnostic::ToString() const {
  if (line <= 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

bool Policy::Blocks(Kind k) const {
  return std::find(verify_block.begin(), verify_block.end(), k) != verify_block.end();
}

bool ParseGeneralizeLevel(Kind kind, std::string_view level, Action* action, std::string* error) {
  action->type = ActionType::kGeneralize;
  action->grid_km = 0;
  switch (kind) {
    case Kind::kDate:
      if (level == "month") return action->level = GeneralizeLevel::kMonth, true;
      if (level == "year") return action->level = GeneralizeLevel::kYear, true;
      *error = "DATE accepts generalize = \"month\" or \"year\"";
      return false;
    case Kind::kCoordinate: {
      // "<N>km": N a decimal number, 0 < N <= 20000.
      if (level.size() > 2 && level.substr(level.size() - 2) == "km") {
        std::string_view num = level.substr(0, level.size() - 2);
        double km = 0;
        bool digits_ok = !num.empty() && std::all_of(num.begin(), num.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == '.';
        });
        auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), km);
        if (digits_ok && ec == std::errc() && end == num.data() + num.size() && std::isfinite(km) && km > 0 &&
            km <= 20000) {
          action->level = GeneralizeLevel::kGridKm;
          action->grid_km = km;
          return true;
        }
      }
      *error = "COORDINATE accepts generalize = \"<N>km\" with 0 < N <= 20000, e.g. \"10km\"";
      return false;
    }
    case Kind::kPhone:
      if (level == "country") return action->level = GeneralizeLevel::kCountryCode, true;
      *error = "PHONE accepts generalize = \"country\"";
      return false;
    case Kind::kIp:
      if (level == "network") return action->level = GeneralizeLevel::kNetwork, true;
      *error = "IP accepts generalize = \"network\"";
      return false;
    default:
      *error = std::string(KindName(kind)) + " cannot be generalized (only DATE, COORDINATE, PHONE and IP can)";
      return false;
  }
}

Result<Policy> LoadPolicy(const std::string& path) {
  auto text = ReadFile(path, 1u << 20);
  if (!text.ok()) {
    if (text.status().code() == Status::Code::kIOError) return text.status();
    return Status::PolicyError(path + ": policy file is larger than 1 MiB");
  }
  return ParsePolicy(*text, path);
}

}  // namespace tearline

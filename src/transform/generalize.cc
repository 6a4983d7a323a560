// Dispatch of generalize actions to the per-kind generalizers.
#include "transform_internal.h"

namespace tearline {

std::optional<std::string> Generalize(Kind kind, const Action& action, std::string_view value) {
  if (action.type != ActionType::kGeneralize) return std::nullopt;
  switch (action.level) {
    case GeneralizeLevel::kMonth:
    case GeneralizeLevel::kYear:
      if (kind == Kind::kDate) return GeneralizeDate(value, action.level);
      break;
    case GeneralizeLevel::kGridKm:
      if (kind == Kind::kCoordinate && action.grid_km > 0) return GeneralizeCoordinate(value, action.grid_km);
      break;
    case GeneralizeLevel::kCountryCode:
      if (kind == Kind::kPhone) return GeneralizePhone(value);
      break;
    case GeneralizeLevel::kNetwork:
      if (kind == Kind::kIp) return GeneralizeIp(value);
      break;
    case GeneralizeLevel::kNone:
      break;
  }
  return std::nullopt;
}

}  // namespace tearline

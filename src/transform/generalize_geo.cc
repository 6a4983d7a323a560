// COORDINATE generalization (transform_internal.h, GeneralizeCoordinate).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

#include "tearline/file.h"
#include "transform_internal.h"

namespace tearline {
namespace {

constexpr double kKmPerDegree = 111.32;

// ---- MGRS ----

bool MgrsLetter(char c, char last) { return c >= 'A' && c <= last && c != 'I' && c != 'O'; }

std::optional<std::string> GeneralizeMgrs(std::string_view value, double grid_km) {
  std::string s;  // without spaces, upper case
  for (char c : value) {
    if (c == ' ') continue;
    s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  size_t i = 0;
  while (i < s.size() && i < 2 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == 0 || s.size() < i + 3) return std::nullopt;
  int zone = std::stoi(s.substr(0, i));
  if (zone < 1 || zone > 60) return std::nullopt;
  char band = s[i], col = s[i + 1], row = s[i + 2];
  if (!MgrsLetter(band, 'X') || band < 'C' || !MgrsLetter(col, 'Z') || !MgrsLetter(row, 'V')) return std::nullopt;
  std::string digits = s.substr(i + 3);
  for (char c : digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  if (digits.size() % 2 != 0 || digits.size() > 10) return std::nullopt;
  const size_t have = digits.size() / 2;

  std::string gzd = std::to_string(zone) + band;
  if (grid_km > 100) return gzd;
  int keep = 5 - static_cast<int>(std::ceil(std::log10(grid_km * 1000) - 1e-9));
  keep = std::max(0, std::min(5, keep));
  size_t d = std::min(have, static_cast<size_t>(keep));
  std::string out = gzd + " " + col + row;
  if (d > 0) out += " " + digits.substr(0, d) + " " + digits.substr(have, d);
  return out;
}

// ---- latitude / longitude ----

enum Unit { kNone, kDeg, kMin, kSec };

struct CTok {
  bool hemi = false;
  char letter = 0;  // N S E W when hemi
  double value = 0;
  bool negative = false;
  Unit unit = kNone;
};

// Unit marks after a number: ° º ˚ (degrees), ' ′ ’ (minutes), " ″ ” '' (seconds).
Unit UnitAt(std::string_view s, size_t* i) {
  static constexpr std::pair<std::string_view, Unit> kMarks[] = {
      {"\u00b0", kDeg}, {"\u00ba", kDeg}, {"\u02da", kDeg}, {"''", kSec},      {"'", kMin},
      {"\u2032", kMin}, {"\u2019", kMin}, {"\"", kSec},     {"\u2033", kSec}, {"\u201d", kSec},
  };
  for (auto [mark, unit] : kMarks) {
    if (s.substr(*i, mark.size()) == mark) {
      *i += mark.size();
      return unit;
    }
  }
  return kNone;
}

bool TokenizeLatLon(std::string_view s, std::vector<CTok>* out) {
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == ' ' || c == ',' || c == ';' || c == '/' || c == '\t') {
      ++i;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || ((c == '-' || c == '+') && i + 1 < s.size() &&
                                                                 std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      CTok t;
      if (c == '-' || c == '+') t.negative = c == '-', ++i;
      size_t b = i;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
      std::string num(s.substr(b, i - b));
      if (num.size() > 20 || std::count(num.begin(), num.end(), '.') > 1 || num.back() == '.') return false;
      t.value = std::strtod(num.c_str(), nullptr);
      size_t j = i;  // a space before a unit mark is allowed
      while (j < s.size() && s[j] == ' ') ++j;
      t.unit = UnitAt(s, &j);
      if (t.unit != kNone) i = j;
      out->push_back(t);
    } else if (c == 'N' || c == 'S' || c == 'E' || c == 'W' || c == 'n' || c == 's' || c == 'e' || c == 'w') {
      // A standalone letter, not part of a word.
      if (i + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[i + 1]))) return false;
      if (i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) return false;
      CTok t;
      t.hemi = true;
      t.letter = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out->push_back(t);
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

struct Component {
  std::vector<CTok> nums;
  char letter = 0;
};

// Degrees from up to three numbers (d, m, s) with consistent unit marks.
std::optional<double> Degrees(const Component& c) {
  const auto& n = c.nums;
  if (n.empty() || n.size() > 3) return std::nullopt;
  static constexpr Unit kExpected[] = {kDeg, kMin, kSec};
  for (size_t i = 0; i < n.size(); ++i) {
    if (n[i].unit != kNone && n[i].unit != kExpected[i]) return std::nullopt;
    if (i > 0 && n[i].negative) return std::nullopt;
    if (i + 1 < n.size() && n[i].value != std::floor(n[i].value)) return std::nullopt;  // only the last has decimals
    if (i > 0 && n[i].value >= 60) return std::nullopt;
  }
  double deg = n[0].value + (n.size() > 1 ? n[1].value / 60 : 0) + (n.size() > 2 ? n[2].value / 3600 : 0);
  if (n[0].negative) deg = -deg;
  if (c.letter == 'S' || c.letter == 'W') {
    if (n[0].negative) return std::nullopt;
    deg = -deg;
  }
  return deg;
}

bool SplitComponents(const std::vector<CTok>& toks, std::vector<Component>* out) {
  bool any_hemi = std::any_of(toks.begin(), toks.end(), [](const CTok& t) { return t.hemi; });
  if (toks.empty()) return false;
  if (any_hemi) {
    bool prefix = toks.front().hemi;
    Component cur;
    for (const CTok& t : toks) {
      if (!t.hemi) {
        cur.nums.push_back(t);
        continue;
      }
      if (prefix) {
        if (!cur.nums.empty() || cur.letter) out->push_back(cur);
        cur = Component{};
        cur.letter = t.letter;
      } else {
        if (cur.nums.empty()) return false;
        cur.letter = t.letter;
        out->push_back(cur);
        cur = Component{};
      }
    }
    if (prefix) out->push_back(cur);
    else if (!cur.nums.empty()) return false;
    for (const Component& c : *out)
      if (!c.letter || c.nums.empty()) return false;
    return true;
  }
  // No letters: a new component starts at each degree mark; plain numbers pair up.
  bool marks = std::any_of(toks.begin(), toks.end(), [](const CTok& t) { return t.unit != kNone; });
  if (!marks) {
    if (toks.size() != 2) return false;
    out->push_back({{toks[0]}, 0});
    out->push_back({{toks[1]}, 0});
    return true;
  }
  for (const CTok& t : toks) {
    if (t.unit == kDeg || out->empty()) out->push_back(Component{});
    out->back().nums.push_back(t);
  }
  return true;
}

std::optional<std::pair<double, double>> ParseLatLon(std::string_view s) {
  std::vector<CTok> toks;
  std::vector<Component> comps;
  if (!TokenizeLatLon(s, &toks) || !SplitComponents(toks, &comps) || comps.size() != 2) return std::nullopt;
  auto a = Degrees(comps[0]), b = Degrees(comps[1]);
  if (!a || !b) return std::nullopt;
  auto is_lat = [](char l) { return l == 'N' || l == 'S'; };
  double lat = *a, lon = *b;
  if (comps[0].letter) {
    if (is_lat(comps[0].letter) == is_lat(comps[1].letter)) return std::nullopt;
    if (!is_lat(comps[0].letter)) std::swap(lat, lon);
  }
  if (!(std::fabs(lat) <= 90 && std::fabs(lon) <= 180)) return std::nullopt;
  return std::make_pair(lat, lon);
}

std::string Fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);  // no "-0.00"
  return s;
}

}  // namespace

std::optional<std::string> GeneralizeCoordinate(std::string_view value, double grid_km) {
  if (!(grid_km > 0) || value.size() > 128) return std::nullopt;
  if (auto mgrs = GeneralizeMgrs(value, grid_km)) return mgrs;
  auto ll = ParseLatLon(value);
  if (!ll) return std::nullopt;
  auto [lat, lon] = *ll;
  const double step_lat = grid_km / kKmPerDegree;
  double row = std::floor((lat + 90) / step_lat);
  double c_lat = std::min(90.0, -90 + (row + 0.5) * step_lat);
  double cos_lat = std::cos(c_lat * M_PI / 180);
  double step_lon = cos_lat > 1e-9 ? grid_km / (kKmPerDegree * cos_lat) : 360;
  if (step_lon > 360) step_lon = 360;
  double col = std::floor((lon + 180) / step_lon);
  double c_lon = std::min(180.0, -180 + (col + 0.5) * step_lon);
  int decimals = static_cast<int>(std::ceil(std::log10(kKmPerDegree / grid_km)));
  decimals = std::max(0, std::min(6, decimals));
  return Fixed(c_lat, decimals) + ", " + Fixed(c_lon, decimals);
}

}  // namespace tearline

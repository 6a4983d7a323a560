// PHONE and IP generalization (transform_internal.h).
#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>

#include "transform_internal.h"

namespace tearline {
namespace {

// ITU-T E.164 country calling codes in use (geographic and the satellite and
// global services codes 870, 881-883). The set is prefix-free.
constexpr int kCountryCodes[] = {
    1,   7,   20,  27,  30,  31,  32,  33,  34,  36,  39,  40,  41,  43,  44,  45,  46,  47,  48,  49,  51,  52,
    53,  54,  55,  56,  57,  58,  60,  61,  62,  63,  64,  65,  66,  81,  82,  84,  86,  90,  91,  92,  93,  94,
    95,  98,  211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234,
    235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256,
    257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297, 298, 299, 350, 351, 352, 353, 354,
    355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387,
    389, 420, 421, 423, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594, 595, 596, 597,
    598, 599, 670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690, 691,
    692, 850, 852, 853, 855, 856, 870, 880, 881, 882, 883, 886, 960, 961, 962, 963, 964, 965, 966, 967, 968, 970,
    971, 972, 973, 974, 975, 976, 977, 992, 993, 994, 995, 996, 998,
};

bool IsCountryCode(int code) {
  return std::find(std::begin(kCountryCodes), std::end(kCountryCodes), code) != std::end(kCountryCodes);
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace

std::optional<std::string> GeneralizePhone(std::string_view value) {
  std::string_view s = Trim(value);
  if (s.size() < 2 || s.size() > 40 || s[0] != '+' || !std::isdigit(static_cast<unsigned char>(s[1])))
    return std::nullopt;
  std::string digits;
  for (char c : s.substr(1)) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') return std::nullopt;
  }
  if (digits.size() < 7 || digits.size() > 15 || digits[0] == '0') return std::nullopt;
  int code = 0;
  for (size_t len = 1; len <= 3; ++len) {
    code = code * 10 + (digits[len - 1] - '0');
    if (IsCountryCode(code)) return "+" + std::to_string(code);
  }
  return std::nullopt;
}

std::optional<std::string> GeneralizeIp(std::string_view value) {
  std::string_view s = Trim(value);
  if (s.empty() || s.size() > 64) return std::nullopt;
  int prefix = -1;
  if (size_t slash = s.find('/'); slash != std::string_view::npos) {
    std::string_view p = s.substr(slash + 1);
    auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), prefix);
    if (p.empty() || p.size() > 3 || ec != std::errc() || end != p.data() + p.size()) return std::nullopt;
    s = s.substr(0, slash);
  }
  if (s.size() >= 2 && s.front() == '[' && s.back() == ']') s = s.substr(1, s.size() - 2);
  const std::string addr(s);
  char buf[INET6_ADDRSTRLEN];

  unsigned char v4[4];
  if (inet_pton(AF_INET, addr.c_str(), v4) == 1) {
    if (prefix > 32) return std::nullopt;
    int bits = prefix < 0 ? 24 : std::min(prefix, 24);
    uint32_t a = uint32_t{v4[0]} << 24 | uint32_t{v4[1]} << 16 | uint32_t{v4[2]} << 8 | v4[3];
    a &= bits == 0 ? 0 : ~uint32_t{0} << (32 - bits);
    return std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 255) + "." + std::to_string((a >> 8) & 255) +
           "." + std::to_string(a & 255) + "/" + std::to_string(bits);
  }
  unsigned char v6[16];
  if (inet_pton(AF_INET6, addr.c_str(), v6) == 1) {
    if (prefix > 128) return std::nullopt;
    int bits = prefix < 0 ? 48 : std::min(prefix, 48);
    for (int i = 0; i < 16; ++i) {
      int keep = std::clamp(bits - 8 * i, 0, 8);
      v6[i] &= static_cast<unsigned char>(0xff00 >> keep);
    }
    if (!inet_ntop(AF_INET6, v6, buf, sizeof buf)) return std::nullopt;
    return std::string(buf) + "/" + std::to_string(bits);
  }
  return std::nullopt;
}

}  // namespace tearline

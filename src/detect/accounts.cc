// The account detector: handles ("@rahimk_kbl") and addresses of profiles
// on social networks and messengers written without a scheme
// ("facebook.com/rahim.karimi.5", "t.me/kabul_news"). Contract in
// tearline/detect.h (NewAccountDetector). Hand-written rather than rows of
// the pattern table: as Hyperscan rows they cost the pattern detector a
// quarter of its speed, and both start at a rare byte ('@') or a '/' after a
// short list of domains.
#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string_view>

#include "tearline/detect.h"

namespace tearline {
namespace {

constexpr std::string_view kId = "accounts";
constexpr float kHandleConfidence = 0.8f;
constexpr float kProfileConfidence = 0.85f;
constexpr size_t kMinHandle = 2, kMaxHandle = 30;

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool IsHandleByte(char c) { return IsAsciiAlnum(c) || c == '_'; }

// Domains of profiles, lower case, sorted.
constexpr std::string_view kProfileDomains[] = {
    "facebook.com", "fb.com",       "fb.me",    "instagram.com", "linkedin.com", "ok.ru",
    "snapchat.com", "t.me",         "telegram.me", "threads.net", "tiktok.com",   "twitter.com",
    "vk.com",       "wa.me",        "x.com",    "youtube.com",
};
static_assert(std::is_sorted(std::begin(kProfileDomains), std::end(kProfileDomains)));
constexpr size_t kMaxDomain = 13;  // "instagram.com"
constexpr size_t kMaxHost = 64;    // with subdomains

// Bytes of an address's path (RFC 3986 unreserved, sub-delims and a few
// more), and those that may end one (no sentence punctuation).
bool IsPathByte(char c) {
  return IsAsciiAlnum(c) || std::strchr("-._~%!$&*+=:@/?#", c) != nullptr;
}
bool IsPathEnd(char c) { return IsAsciiAlnum(c) || std::strchr("-_~%$&*+=@/#", c) != nullptr; }

// The handle whose '@' is text[at]: [at, end) or empty.
std::pair<size_t, size_t> HandleAt(std::string_view text, size_t at) {
  if (at > 0) {
    const char c = text[at - 1];
    if (IsHandleByte(c) || c == '@' || c == '.' || c == '/' || static_cast<unsigned char>(c) >= 0x80) {
      return {at, at};  // an e-mail address, a path, a word
    }
  }
  size_t e = at + 1;
  bool letter = false;
  while (e < text.size() && IsHandleByte(text[e]) && e - at <= kMaxHandle) {
    letter |= (text[e] | 0x20) >= 'a' && (text[e] | 0x20) <= 'z';
    ++e;
  }
  const size_t len = e - at - 1;
  if (len < kMinHandle || len > kMaxHandle || !letter || (e < text.size() && IsHandleByte(text[e]))) return {at, at};
  if (e < text.size()) {
    const char c = text[e];
    if (c == '@' || static_cast<unsigned char>(c) >= 0x80) return {at, at};
    if (c == '.' && e + 1 < text.size() && IsAsciiAlnum(text[e + 1])) return {at, at};  // "@example.org"
  }
  return {at, e};
}

// The profile address whose path starts after the '/' at text[slash]:
// [begin, end) or empty.
std::pair<size_t, size_t> ProfileAt(std::string_view text, size_t slash) {
  size_t b = slash;
  while (b > 0 && slash - b < kMaxHost && (IsAsciiAlnum(text[b - 1]) || text[b - 1] == '.' || text[b - 1] == '-')) --b;
  if (b == slash || slash - b >= kMaxHost) return {slash, slash};
  // The domain may follow a subdomain ("m.facebook.com"): try each suffix
  // that starts after a '.'.
  std::array<char, kMaxDomain> lower;
  for (size_t s = b; s < slash; ++s) {
    if ((s > b && text[s - 1] != '.') || slash - s > kMaxDomain) continue;
    const size_t n = slash - s;
    for (size_t k = 0; k < n; ++k) lower[k] = static_cast<char>(text[s + k] | 0x20);
    const std::string_view domain(lower.data(), n);
    if (!std::binary_search(std::begin(kProfileDomains), std::end(kProfileDomains), domain)) continue;
    if (b > 0 && (text[b - 1] == '_' || text[b - 1] == '@')) break;
    size_t e = slash + 1;
    while (e < text.size() && IsPathByte(text[e])) ++e;
    while (e > slash + 1 && !IsPathEnd(text[e - 1])) --e;
    if (e == slash + 1) break;  // "facebook.com/" alone
    return {b, e};
  }
  return {slash, slash};
}

class AccountDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kId) | KindBit(Kind::kUrl); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, '@', text.size() - i);
      if (at == nullptr) break;
      const size_t p = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      const auto [b, e] = HandleAt(text, p);
      if (e > b) sink.Add(Finding{b, e, Kind::kId, "HANDLE", kHandleConfidence, kId});
      i = std::max(e, p + 1);
    }
    size_t after = 0;  // the end of the last address: none starts inside it
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, '/', text.size() - i);
      if (at == nullptr) break;
      const size_t slash = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = slash + 1;
      if (slash < 2 || slash < after || text[slash - 1] == '/' || text[slash - 1] == ':') continue;
      const auto [b, e] = ProfileAt(text, slash);
      if (e > b && b >= after) {
        sink.Add(Finding{b, e, Kind::kUrl, "PROFILE", kProfileConfidence, kId});
        after = e;
        i = e;
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<const Detector> NewAccountDetector() { return std::make_unique<AccountDetector>(); }

}  // namespace tearline

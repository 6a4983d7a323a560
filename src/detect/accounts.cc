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
#include "tearline/file.h"

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

// The token of handle bytes starting at text[from], with inner joiners
// ('.', and '-' when `hyphens`) between handle bytes: its end (reading stops
// once it is longer than `limit` bytes), whether it holds an ASCII letter,
// and whether a joiner joined it.
struct HandleToken {
  size_t end;
  bool letter;
  bool joined;
};
HandleToken ReadHandleToken(std::string_view text, size_t from, size_t limit, bool hyphens) {
  HandleToken t{from, false, false};
  while (t.end < text.size() && t.end - from <= limit) {
    const char c = text[t.end];
    if ((c == '.' || (hyphens && c == '-')) && t.end > from && t.end + 1 < text.size() && IsHandleByte(text[t.end + 1])) {
      t.joined = true;
      ++t.end;
      continue;
    }
    if (!IsHandleByte(c)) break;
    t.letter |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    ++t.end;
  }
  return t;
}

// s lower-cased (ASCII) into buf, which must hold it.
template <size_t N>
std::string_view LowerAsciiInto(std::string_view s, std::array<char, N>& buf) {
  for (size_t k = 0; k < s.size(); ++k) buf[k] = s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] | 0x20) : s[k];
  return std::string_view(buf.data(), s.size());
}

// Generic top-level domains a dotted name after '@' may end in (lower case,
// sorted); with the two-letter country codes they make "@rahim.example.org"
// a domain rather than a handle with dots ("@ju.castro.rede").
constexpr std::string_view kGenericTlds[] = {
    "app", "asia", "biz", "cat", "com", "coop", "dev", "edu", "email", "gov", "info", "int", "io",
    "media", "mil", "mobi", "museum", "name", "net", "news", "ngo", "online", "org", "pro", "site", "social",
    "tech", "tel", "travel", "web", "xyz",
};
static_assert(std::is_sorted(std::begin(kGenericTlds), std::end(kGenericTlds)));

bool IsTopLevelDomain(std::string_view label) {
  if (label.size() == 2) return true;
  if (label.size() > 6) return false;
  std::array<char, 6> lower;
  return std::binary_search(std::begin(kGenericTlds), std::end(kGenericTlds), LowerAsciiInto(label, lower));
}

// The handle whose '@' is text[at]: [at, end) or empty. Inner dots are part
// of it ("@ju.castro.rede") unless what follows the last one is a top-level
// domain ("@example.org").
std::pair<size_t, size_t> HandleAt(std::string_view text, size_t at) {
  if (at > 0) {
    const char c = text[at - 1];
    if (IsHandleByte(c) || c == '@' || c == '.' || c == '/' || static_cast<unsigned char>(c) >= 0x80) {
      return {at, at};  // an e-mail address, a path, a word
    }
  }
  const HandleToken token = ReadHandleToken(text, at + 1, kMaxHandle - 1, /*hyphens=*/false);
  const size_t e = token.end;
  const size_t len = e - at - 1;
  if (len < kMinHandle || len > kMaxHandle || !token.letter || (e < text.size() && IsHandleByte(text[e]))) return {at, at};
  if (e < text.size()) {
    const char c = text[e];
    if (c == '@' || static_cast<unsigned char>(c) >= 0x80) return {at, at};
    if (c == '.' && e + 1 < text.size() && IsAsciiAlnum(text[e + 1])) return {at, at};  // longer than a handle
  }
  if (token.joined) {
    const size_t last_dot = text.rfind('.', e - 1);
    if (IsTopLevelDomain(text.substr(last_dot + 1, e - last_dot - 1))) return {at, at};
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

// Labels of a messenger or network account, lower case, sorted: "Skype:
// ju.castro.rede" names the account without an '@'.
constexpr std::string_view kAccountLabels[] = {
    "facebook", "fb", "handle", "ig", "imo", "insta", "instagram", "line id", "messenger", "nombre de usuario",
    "pseudo", "signal", "skype", "skype id", "skype name", "snap", "snapchat", "telegram", "tg", "threema",
    "tiktok", "twitter", "user id", "user name", "username", "usuario", "utilisateur", "viber", "vk", "wechat",
    "wechat id",
};
static_assert(std::is_sorted(std::begin(kAccountLabels), std::end(kAccountLabels)));
constexpr size_t kMaxLabel = 17;  // "nombre de usuario"
constexpr size_t kMaxAccountName = 40;

// Labels of the person who made a record, lower case, sorted ("Exported
// by: okello.james"): their value is an account only when it has a handle's
// shape (HasHandleShape), since a plain word is a name ("Entered by: Amina"),
// which the name detectors read.
constexpr std::string_view kByLabels[] = {"created by", "entered by", "exported by", "modified by",
                                          "submitted by", "uploaded by"};
static_assert(std::is_sorted(std::begin(kByLabels), std::end(kByLabels)));

// Values of an account label that name no account.
constexpr std::string_view kNoAccount[] = {"n/a", "na", "nil", "no", "none", "same", "unknown", "yes"};

bool IsLabelSeparator(char c) {
  return c == '\n' || c == '\r' || c == '|' || c == ';' || c == ',' || c == '(' || c == '\t' || c == '-' ||
         c == '*' || c == '/';
}

// Whether a token reads as an account's name rather than a word: joined by
// '.' or '-' ("okello.james", "Thet.Naing.MS"), or holding '_' or a digit
// ("tsegay_b", "amina77").
bool HasHandleShape(std::string_view token, const HandleToken& read) {
  return read.joined || std::any_of(token.begin(), token.end(), [](char c) { return c == '_' || (c >= '0' && c <= '9'); });
}

// The account named after "account" in a sentence ("his account is
// tsegay.bahta.77", 'an account named "Thet.Naing.MS"', "the account
// amina_77"): [begin, end) or empty. "account" is a word of its own (not
// "accountant"); then "is", "named", "called", "name is" or "name" may come
// before the name, and a quote mark may open it; the name has a handle's
// shape (HasHandleShape) and is followed by no '@' or '/'.
std::pair<size_t, size_t> NamedAccountAt(std::string_view text, size_t at) {
  constexpr std::string_view kAccount = "account";
  const std::pair<size_t, size_t> none{at, at};
  if (at > 0 && IsHandleByte(text[at - 1])) return none;
  size_t v = at + kAccount.size();
  if (v < text.size() && text[v] == 's') ++v;  // "accounts"
  if (v >= text.size() || text[v] != ' ') return none;
  ++v;
  for (std::string_view cue : {"name is ", "named ", "called ", "is ", "name "}) {
    if (text.substr(v, cue.size()) == cue) {
      v += cue.size();
      break;
    }
  }
  if (v < text.size() && (text[v] == '"' || text[v] == '\'')) ++v;
  if (text.substr(v, 3) == "\xE2\x80\x9C") v += 3;  // a curly opening quote
  const HandleToken token = ReadHandleToken(text, v, kMaxAccountName, /*hyphens=*/true);
  const size_t e = token.end;
  if (e - v < 3 || e - v > kMaxAccountName || !token.letter || !HasHandleShape(text.substr(v, e - v), token)) {
    return none;
  }
  if (e < text.size() && (text[e] == '@' || text[e] == '/')) return none;
  return {v, e};
}

// The account name after the label that ends in the ':' at text[colon]:
// [begin, end) or empty. The label opens the text, a line or a cell (after
// spaces, a bullet, '|', ';', ',', '(' or a tab), so that a sentence ("we
// wrote on Telegram: he said") gives none. The name is one token of ASCII
// letters, digits, '_' and inner '.' and '-' holding a letter, then a space,
// punctuation or the end of the line; not '@' (HandleAt reads those), not a
// capitalised word followed by another (a person's display name, which the
// name detectors read), not "none" or "n/a".
std::pair<size_t, size_t> LabelledAccountAt(std::string_view text, size_t colon) {
  const std::pair<size_t, size_t> none{colon, colon};
  size_t b = colon;
  while (b > 0 && colon - b <= kMaxLabel && !IsLabelSeparator(text[b - 1])) --b;
  size_t lb = b;
  while (lb < colon && text[lb] == ' ') ++lb;
  size_t le = colon;
  while (le > lb && text[le - 1] == ' ') --le;
  if (le <= lb || le - lb > kMaxLabel || colon - b > kMaxLabel + 2) return none;
  if (b > 0 && !IsLabelSeparator(text[b - 1])) return none;
  std::array<char, kMaxLabel> lower;
  const std::string_view label = LowerAsciiInto(text.substr(lb, le - lb), lower);
  const bool by_label = std::binary_search(std::begin(kByLabels), std::end(kByLabels), label);
  if (!by_label && !std::binary_search(std::begin(kAccountLabels), std::end(kAccountLabels), label)) return none;
  size_t v = colon + 1;
  while (v < text.size() && (text[v] == ' ' || text[v] == '\t')) ++v;
  const HandleToken token = ReadHandleToken(text, v, kMaxAccountName, /*hyphens=*/true);
  const size_t e = token.end;
  if (e - v < kMinHandle || e - v > kMaxAccountName || !token.letter) return none;
  if (by_label && !HasHandleShape(text.substr(v, e - v), token)) return none;
  if (e < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[e]);
    if (c == '@' || c == '/' || c >= 0x80 || c == '\'') return none;  // an address, a path, a word
    if (c == ' ' && !token.joined && text[v] >= 'A' && text[v] <= 'Z' && e + 1 < text.size() && text[e + 1] >= 'A' &&
        text[e + 1] <= 'Z') {
      return none;  // "Facebook: Rahim Karimi"
    }
  }
  std::array<char, 8> value;
  if (e - v <= value.size()) {
    const std::string_view word = LowerAsciiInto(text.substr(v, e - v), value);
    if (std::find(std::begin(kNoAccount), std::end(kNoAccount), word) != std::end(kNoAccount)) return none;
  }
  return {v, e};
}

// Reports as ID/HANDLE the span handle_at(text, p) gives for each byte
// text[p] == c (empty: none), looking for the next c after the span.
template <typename HandleReader>
void AddHandles(std::string_view text, char c, HandleReader handle_at, FindingSink& sink) {
  for (size_t i = 0; i < text.size();) {
    const void* at = std::memchr(text.data() + i, c, text.size() - i);
    if (at == nullptr) break;
    const size_t p = static_cast<size_t>(static_cast<const char*>(at) - text.data());
    const auto [b, e] = handle_at(text, p);
    if (e > b) sink.Add(Finding{b, e, Kind::kId, "HANDLE", kHandleConfidence, kId});
    i = std::max(e, p + 1);
  }
}

class AccountDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kId) | KindBit(Kind::kUrl); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    AddHandles(text, '@', HandleAt, sink);
    AddHandles(text, ':', LabelledAccountAt, sink);
    for (size_t i = FindLiteral(text, "account"); i != std::string_view::npos;
         i = FindLiteral(text, "account", i + 1)) {
      const auto [b, e] = NamedAccountAt(text, i);
      if (e > b) sink.Add(Finding{b, e, Kind::kId, "HANDLE", kHandleConfidence, kId});
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

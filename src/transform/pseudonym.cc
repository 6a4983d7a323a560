// Normalization and keyed pseudonyms (tearline/transform.h).
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "tearline/transform.h"
#include "transform_internal.h"

namespace tearline {

std::string NormalizeValue(std::string_view value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(value.data(), static_cast<int32_t>(value.size())));
  icu::UnicodeString folded;
  if (U_SUCCESS(status)) folded = nfkc_cf->normalize(in, status);
  if (U_FAILURE(status)) folded = in.foldCase();  // ICU data missing: case fold only
  std::string utf8;
  folded.toUTF8String(utf8);

  // Collapse white space (Unicode White_Space) to single spaces and trim.
  icu::UnicodeString collapsed;
  bool pending_space = false;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !collapsed.isEmpty();
      continue;
    }
    if (pending_space) collapsed.append(static_cast<UChar>(0x20));
    pending_space = false;
    collapsed.append(c);
  }
  std::string out;
  collapsed.toUTF8String(out);
  return out;
}

std::string PseudonymPrefix(Kind kind) {
  switch (kind) {
    case Kind::kPerson: return "Person-";
    case Kind::kOrg: return "Org-";
    case Kind::kLoc: return "Place-";
    case Kind::kAddress: return "Address-";
    default: break;
  }
  std::string name(KindName(kind));
  for (size_t i = 1; i < name.size(); ++i) name[i] = static_cast<char>(name[i] - 'A' + 'a');
  return name + "-";
}

std::string Pseudonym(const RecipientKey& key, Kind kind, std::string_view value) {
  static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const std::string message = std::string(KindName(kind)) + ":" + NormalizeValue(value);
  const std::array<uint8_t, 32> mac = HmacSha256(key, message);
  // The first 30 bits of the MAC, most significant first, 5 bits per character.
  const uint32_t bits = (uint32_t{mac[0]} << 24 | uint32_t{mac[1]} << 16 | uint32_t{mac[2]} << 8 | mac[3]) >> 2;
  std::string out = PseudonymPrefix(kind);
  for (int i = 5; i >= 0; --i) out += kCrockford[(bits >> (5 * i)) & 31];
  return out;
}

}  // namespace tearline

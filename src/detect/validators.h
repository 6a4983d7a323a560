// Validators of the built-in pattern table (internal to src/detect).
//
// Each has the patterns::Validator signature: it returns the confidence of
// text[begin, end) as a match of its pattern, or patterns::kReject. They check
// checksums, calendar and coordinate ranges, separator consistency and the
// bytes just outside the span (a code glued to a longer number is rejected).
//
// THREAD SAFETY: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace tearline::patterns::validators {

float Email(std::string_view text, size_t begin, size_t end, float base);
float Ipv4(std::string_view text, size_t begin, size_t end, float base);
float Ipv6(std::string_view text, size_t begin, size_t end, float base);
float PhoneE164(std::string_view text, size_t begin, size_t end, float base);
float PhoneNational(std::string_view text, size_t begin, size_t end, float base);
float PhoneUs(std::string_view text, size_t begin, size_t end, float base);
float PhoneIndia(std::string_view text, size_t begin, size_t end, float base);
// Eight digits in pairs ("66 98 76 54"): not after '+' or a digit group, no
// digit group right after.
float PhonePairs(std::string_view text, size_t begin, size_t end, float base);
float Card(std::string_view text, size_t begin, size_t end, float base);
float Iban(std::string_view text, size_t begin, size_t end, float base);
// A code that must not be glued to a longer number ("12/34" inside "1/12/34").
float Code(std::string_view text, size_t begin, size_t end, float base);
float CoordDecimal(std::string_view text, size_t begin, size_t end, float base);
float CoordDms(std::string_view text, size_t begin, size_t end, float base);
float Mgrs(std::string_view text, size_t begin, size_t end, float base);
float DateNumeric(std::string_view text, size_t begin, size_t end, float base);
float DateYmd(std::string_view text, size_t begin, size_t end, float base);
float DateIso(std::string_view text, size_t begin, size_t end, float base);
float DateDayMonth(std::string_view text, size_t begin, size_t end, float base);
float DateMonthDay(std::string_view text, size_t begin, size_t end, float base);

}  // namespace tearline::patterns::validators

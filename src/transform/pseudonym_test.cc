#include <gtest/gtest.h>

#include <set>

#include "tearline/transform.h"
#include "transform_internal.h"

namespace tearline {
namespace {

RecipientKey KeyOf(uint8_t fill) {
  RecipientKey k;
  k.recipient = "r" + std::to_string(fill);
  k.secret.fill(fill);
  return k;
}

TEST(NormalizeTest, Table) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"Ahmad Karimi", "ahmad karimi"},
      {"  AHMAD   KARIMI  ", "ahmad karimi"},
      {"Ahmad\u00a0\tKarimi", "ahmad karimi"},   // NBSP and tab
      {"\uff21\uff48\uff4d\uff41\uff44", "ahmad"},  // full-width letters (NFKC)
      {"Stra\u00dfe", "strasse"},                 // case fold
      {"e\u0301", "\u00e9"},                      // composed
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeValue(c.in), c.want) << c.in;
}

TEST(PseudonymTest, FormatPrefixAndAlphabet) {
  RecipientKey key = KeyOf(1);
  struct Case {
    Kind kind;
    const char* prefix;
  } cases[] = {{Kind::kPerson, "Person-"},   {Kind::kOrg, "Org-"},     {Kind::kLoc, "Place-"},
               {Kind::kAddress, "Address-"}, {Kind::kPhone, "Phone-"}, {Kind::kId, "Id-"},
               {Kind::kCoordinate, "Coordinate-"}, {Kind::kIp, "Ip-"}};
  for (const Case& c : cases) {
    std::string p = Pseudonym(key, c.kind, "value");
    ASSERT_EQ(p.rfind(c.prefix, 0), 0u) << p;
    std::string code = p.substr(std::string(c.prefix).size());
    ASSERT_EQ(code.size(), 6u) << p;
    for (char ch : code) EXPECT_NE(std::string("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(ch), std::string::npos) << p;
  }
}

TEST(PseudonymTest, KnownAnswer) {
  // HMAC-SHA-256(key = 32 x 0x01, "PERSON:ahmad karimi") begins with bytes
  // computed independently (Python hmac); its first 30 bits in Crockford base32:
  RecipientKey key = KeyOf(1);
  EXPECT_EQ(Pseudonym(key, Kind::kPerson, "Ahmad Karimi"), "Person-P050CX");
}

TEST(PseudonymTest, DeterministicAndNormalized) {
  RecipientKey key = KeyOf(7);
  EXPECT_EQ(Pseudonym(key, Kind::kPerson, "Ahmad Karimi"), Pseudonym(key, Kind::kPerson, "Ahmad Karimi"));
  EXPECT_EQ(Pseudonym(key, Kind::kPerson, "Ahmad Karimi"), Pseudonym(key, Kind::kPerson, " AHMAD  karimi"));
  EXPECT_NE(Pseudonym(key, Kind::kPerson, "Ahmad Karimi"), Pseudonym(key, Kind::kPerson, "Ahmad Karim"));
  // The kind is part of the MAC input, not only of the prefix.
  EXPECT_NE(Pseudonym(key, Kind::kPerson, "Delta").substr(7), Pseudonym(key, Kind::kOrg, "Delta").substr(4));
}

TEST(PseudonymTest, KeysSeparateRecipients) {
  RecipientKey a = KeyOf(1), b = KeyOf(2);
  int same = 0;
  for (int i = 0; i < 50; ++i) {
    std::string v = "Person Number " + std::to_string(i);
    same += Pseudonym(a, Kind::kPerson, v) == Pseudonym(b, Kind::kPerson, v);
  }
  EXPECT_EQ(same, 0);
}

TEST(PseudonymTest, DistinctValuesRarelyCollide) {
  RecipientKey key = KeyOf(3);
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) seen.insert(Pseudonym(key, Kind::kPerson, "name " + std::to_string(i)));
  EXPECT_EQ(seen.size(), 2000u);
}

}  // namespace
}  // namespace tearline

// Tests of the quote detector (NewQuoteSpeakerDetector in tearline/quasi.h):
// speakers named after a closing quotation mark, and what is none.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

// The speakers found in text, in order, joined by " | "; each must be a
// PERSON/SPEAKER finding of the detector at 0.6.
std::string Speakers(std::string_view text) {
  return quasi_testing::PersonValues(*NewQuoteSpeakerDetector(), text, "quotes", "SPEAKER", 0.6f);
}

struct Case {
  const char* text;
  const char* want;
};

TEST(QuoteSpeakerTest, Table) {
  const Case cases[] = {
      {"\"You pay or you go back,\" Brice\xC3\xB1o said. She left.", "Brice\xC3\xB1o"},
      {"\"They took our phones.\" Karim Ahmadi told reporters.", "Karim Ahmadi"},
      {"\"Families come to us,\" Contreras said.", "Contreras"},
      {"\"People arrive with fear,\" Father Wilmer said.", "Father Wilmer"},
      {"\xE2\x80\x9CNobody called us back,\xE2\x80\x9D \xC3\x89milie Dupont added.", "\xC3\x89milie Dupont"},
      {"\"We are afraid,\" said Amina Yusuf.", "Amina Yusuf"},
      {"\"We are afraid,\" said Amina, \"and tired.\"", "Amina"},
      {"\"Is it safe?\" Rahim asked.", "Rahim"},
      // None.
      {"\"We are afraid,\" he said.", ""},
      {"\"We are afraid,\" He said.", ""},            // a sentence opener
      {"\"We are afraid,\" UNHCR said.", ""},         // capitals
      {"\"We are afraid,\" the ministry said.", ""},
      {"He called it \"home\" Karim said", ""},       // no punctuation in the quote
      {"\"We are afraid,\" Karim Ahmadi Rahimi Khan said.", ""},  // four words
      {"\"We are afraid,\" Karim left.", ""},          // no verb of speech
      {"\"We are afraid,\" said the police.", ""},
      {"\"We are afraid,\" said Amina Yusuf of Kabul.", ""},  // the name runs on
      {"said,\" ", ""},
      {"\"", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Speakers(c.text), c.want) << c.text;
}

// The persons a quotation addresses by name as it opens.
std::string Addressees(std::string_view text) {
  return quasi_testing::PersonValues(*NewQuoteSpeakerDetector(), text, "quotes", "ADDRESSEE", 0.6f);
}

TEST(QuoteSpeakerTest, AddresseeTable) {
  const Case cases[] = {
      {"He knew my name, he said \"Zozan, we know your son\".", "Zozan"},
      {"She asked: \"Amani Juma, where is your brother?\"", "Amani Juma"},
      {"He said, \xE2\x80\x9CNesrin, open the door.\xE2\x80\x9D", "Nesrin"},
      // None.
      {"He said \"Listen, nobody leaves.\"", ""},     // a word of address
      {"He said \"Sir, we are closed.\"", ""},
      {"He said \"Yesterday, they came.\"", ""},     // a sentence opener
      {"He said \"Zozan, Amina and Rukia left.\"", ""},  // a capital after the comma
      {"He said \"Zozan Ali Omar, come.\"", ""},      // three words
      {"The sign read \"Zozan, we know your son\".", ""},  // no verb of speech
      {"He resaid \"Zozan, we know\"", ""},
      {"They said \"Go Bosnia, go!\" and left; told us \"Move Ahmad, now\"", ""},  // an order
      {"said \"Zozan,", ""},
      {"\"Zozan, we know\"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Addressees(c.text), c.want) << c.text;
}

}  // namespace
}  // namespace tearline

// Tests of the account detector (NewAccountDetector in tearline/detect.h):
// handles and profile addresses, and what looks like them but is none.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tearline/detect.h"

namespace tearline {
namespace {

// "KIND/SUBKIND text" of each finding, in order, joined by " | ".
std::string Accounts(std::string_view text) {
  const auto detector = NewAccountDetector();
  auto scratch = detector->NewScratch();
  VectorSink sink;
  if (!detector->Scan(text, *scratch, sink).ok()) return "error";
  std::string out;
  for (const Finding& f : sink.findings) {
    if (f.end > text.size() || f.begin >= f.end || f.detector != "accounts") return "bad finding";
    if (!out.empty()) out += " | ";
    out += std::string(KindName(f.kind)) + "/" + std::string(f.subkind) + " " +
           std::string(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

struct Case {
  const char* text;
  const char* want;
};

TEST(AccountDetector, HandlesAndProfiles) {
  const Case cases[] = {
      {"Twitter handle @rahimk_kbl were monitored", "ID/HANDLE @rahimk_kbl"},
      {"(@Sahel_Watch)", "ID/HANDLE @Sahel_Watch"},
      {"@ab.", "ID/HANDLE @ab"},
      {"page (facebook.com/rahim.karimi.5) seen", "URL/PROFILE facebook.com/rahim.karimi.5"},
      {"t.me/kabul_news.", "URL/PROFILE t.me/kabul_news"},
      {"at m.Facebook.com/ahmad, then", "URL/PROFILE m.Facebook.com/ahmad"},
      {"see instagram.com/p/xyz?igsh=1 now", "URL/PROFILE instagram.com/p/xyz?igsh=1"},
      {"https://facebook.com/x", "URL/PROFILE facebook.com/x"},  // the pattern detector reads the whole
      // None.
      {"mail rahim@example.org", ""},
      {"rahim@ab", ""},
      {"@12345 and @_ and x@@ab and @a", ""},
      {"meet @ 5", ""},
      {"@" "abcdefghijklmnopqrstuvwxyz12345", ""},  // 31 bytes
      {"@rahim@example.org", ""},
      {"@rahim.example.org", ""},
      {"example.org/about and facebook.com/ and notfacebook.com/x", ""},
      {"my-facebook.com/x and a_t.me/x", ""},
      {"and/or 12/05 km/h", ""},
      {"", ""},
      {"/", ""},
      {"@", ""},
      // Handles with dots, and dotted names that end in a top-level domain.
      {"(@ju.castro.rede) and @yulka.bel.", "ID/HANDLE @ju.castro.rede | ID/HANDLE @yulka.bel"},
      {"@siarhei.k_minsk wrote", "ID/HANDLE @siarhei.k_minsk"},
      {"@maria.jo and @news.ngo and @a.b.Com", ""},
      // Account labels.
      {"Skype: ju.castro.rede\nTelegram: siarhei_k", "ID/HANDLE ju.castro.rede | ID/HANDLE siarhei_k"},
      {"- IG: gul.nar93, tel 0700", "ID/HANDLE gul.nar93"},
      {"| Skype ID | x |\n| WeChat ID:  mai_tran88 |", "ID/HANDLE mai_tran88"},
      {"Contact / Telegram: Yulka_BY.", "ID/HANDLE Yulka_BY"},
      {"Facebook: Rahim Karimi", ""},  // a display name: the name detectors read it
      {"Facebook: Rahim", "ID/HANDLE Rahim"},
      {"Telegram: @yulka_b", "ID/HANDLE @yulka_b"},  // once, as a handle
      {"Signal: +380 67 123 4567; Viber: none; Skype: n/a", ""},
      {"Skype: rahim@example.org", ""},  // an e-mail address
      {"We wrote on Telegram: he said", ""},  // no label: a sentence
      {"at 10:30 the username was set", ""},
      {"Telegram:", ""},
      // "by" labels take a handle's shape only; "account" in a sentence.
      {"Exported by: okello.james on 2024-06-12", "ID/HANDLE okello.james"},
      {"Submitted by: amina_77\nEntered by: Amina\nCreated by: Amina Yusuf", "ID/HANDLE amina_77"},
      {"his account is tsegay.bahta.77. It said", "ID/HANDLE tsegay.bahta.77"},
      {"an account named \"Thet.Naing.MS\" wrote", "ID/HANDLE Thet.Naing.MS"},
      {"from the account amina_77 and accounts called x.y", "ID/HANDLE amina_77 | ID/HANDLE x.y"},
      {"the account is closed; his account named Rahim; the accountant j.doe; account 12345", ""},
      {"account is rahim@example.org", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Accounts(c.text), c.want) << c.text;
}

}  // namespace
}  // namespace tearline

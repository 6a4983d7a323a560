#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "login_owners.h"

namespace tearline::link_internal {
namespace {

// A login split as LoginTokens splits it, its parts views into `text`.
struct Login {
  explicit Login(std::string s) : text(std::move(s)) {
    std::string_view t = text;
    for (size_t p = 0; p <= t.size();) {
      size_t q = p;
      while (q < t.size() && t[q] != '.' && t[q] != '_') ++q;
      parts.push_back(t.substr(p, q - p));
      p = q + 1;
    }
  }
  std::string text;
  std::vector<std::string_view> parts;
};

struct Person {
  std::vector<std::string> words;
};

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> out;
  for (size_t i = 0; i < name.size();) {
    const size_t e = std::min(name.find(' ', i), name.size());
    out.emplace_back(name.substr(i, e - i));
    i = e + 1;
  }
  return out;
}

TEST(OwnsLoginTest, Table) {
  struct Case {
    const char* name;
    const char* login;
    bool owns;
  };
  const Case cases[] = {
      {"khadar yusuf abtidoon", "k.abtidoon", true},       // an initial and a whole word
      {"khadar yusuf abtidoon", "khadar.abtidoon", true},  // two whole words
      {"sita maya gurung", "smgurung", true},               // initials glued before a word
      {"kumar jeyaseelan", "kjeyaseelan_law", true},        // glued initial, then a last part
      {"fahd salem bin sumait", "fbinsumait", true},        // an initial glued before glued words
      {"naw htoo meh", "htoomeh.kayah", true},              // neighbouring words glued count as two
      {"musab hamid", "musab.hamid.err", true},             // any last part
      {"john kariuki", "op_jkariuki", true},                // an operator's label
      {"sau hkun htoi", "sauhkunhtoi88", true},             // the whole name glued, digits after it
      {"ihsanullah noorzai", "h.noorzai", true},            // a relative's or a namesake's
      {"hodan ismail warsame", "hodan.abdikadir", true},    // a namesake's
      {"hodan ismail warsame", "hodan.report", false},      // an English word is no name
      {"khadar yusuf abtidoon", "x.abtidoon", true},        // one letter and a later word: a relative's
      {"khadar yusuf abtidoon", "x.khadar", false},         // no word opens with x
      {"khadar yusuf abtidoon", "abtidoon", false},         // one part alone
      {"sau hkun htoi", "hkunhtoi", true},                  // two neighbouring words glued
      {"sau hkun htoi", "sauhtoi", false},                  // two words glued that are no neighbours
      {"musab hamid", "report.hamid", false},               // a first part that is no word of the name
      {"ali omar", "al.om", false},                         // no whole word
  };
  for (const Case& c : cases) {
    const Login login(c.login);
    EXPECT_EQ(OwnsLogin(Words(c.name), login.parts), c.owns) << c.name << " / " << c.login;
  }
}

// The index never leaves out a person OwnsLogin accepts: logins made of
// persons' words, initials, glued words and other bytes, over persons of
// few letters so that many share words and skeletons.
TEST(OwnerIndexTest, CandidatesHoldEveryOwner) {
  std::mt19937 rng(53);
  const auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const std::string letters = "abhkmos";
  const auto word = [&]() {
    std::string w;
    const size_t n = 1 + pick(6);  // one letter: an initial
    for (size_t k = 0; k < n; ++k) w += letters[pick(letters.size())];
    return w;
  };
  size_t owned = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<Person> persons(1 + pick(12));
    for (Person& p : persons) {
      p.words.resize(1 + pick(4));
      for (std::string& w : p.words) w = word();
    }
    const OwnerIndex index(persons);
    for (int trial = 0; trial < 40; ++trial) {
      // Parts from a person's words: whole, initials, glued neighbours, or noise.
      const Person& p = persons[pick(persons.size())];
      std::string text;
      const size_t parts = 1 + pick(4);
      for (size_t k = 0; k < parts; ++k) {
        if (k > 0) text += pick(2) ? '.' : '_';
        const size_t w = pick(p.words.size());
        switch (pick(6)) {
          case 0: text += p.words[w]; break;
          case 1: text += p.words[w][0]; break;
          case 2:
            for (size_t g = w; g < p.words.size(); ++g) text += p.words[g];
            break;
          case 3: text += std::string(1, p.words[w][0]) + p.words[(w + 1) % p.words.size()]; break;
          case 4: text += p.words[0][0] + std::string(1, p.words[w][0]) + p.words[w]; break;
          default: text += word() + (pick(2) ? "7" : ""); break;
        }
      }
      const Login login(text);
      std::vector<uint32_t> candidates;
      index.ForLogin(login.parts, &candidates);
      ASSERT_TRUE(std::is_sorted(candidates.begin(), candidates.end()));
      ASSERT_TRUE(std::adjacent_find(candidates.begin(), candidates.end()) == candidates.end());
      for (uint32_t i = 0; i < persons.size(); ++i) {
        if (!OwnsLogin(persons[i].words, login.parts)) continue;
        ++owned;
        EXPECT_TRUE(std::binary_search(candidates.begin(), candidates.end(), i))
            << "login " << text << " person " << i << " left out";
      }
    }
  }
  EXPECT_GT(owned, 1000u);  // the logins do reach owners
}

TEST(OwnerIndexTest, WithWordListsEachPersonOnceInOrder) {
  const std::vector<Person> persons = {{{"ali", "omar", "ali"}}, {{"omar"}}, {{"sita", "ali"}}};
  const OwnerIndex index(persons);
  ASSERT_NE(index.WithWord("ali"), nullptr);
  EXPECT_EQ(*index.WithWord("ali"), (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(*index.WithWord("omar"), (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(index.WithWord("maya"), nullptr);
}

}  // namespace
}  // namespace tearline::link_internal

#include "src/resolve/common_words.h"
#include "src/resolve/known_places.h"

#include <gtest/gtest.h>

namespace tearline::link_internal {
namespace {

TEST(CommonWordsTest, OrdinaryEnglishWordsInAnyCase) {
  struct Case {
    const char* word;
    bool common;
  } cases[] = {
      {"the", true},         {"gift", true},      {"Gift", true},       {"PRECIOUS", true},
      {"patience", true},    {"roadblock", true}, {"king", true},       {"hope", true},
      {"Chinese", true},     {"Acholi", true},    {"Muslim", true},
      {"nkosi", false},      {"Mthokozisi", false}, {"thandeka", false}, {"sibo", false},
      {"a", false},          {"an", false},        // shorter than three letters
      {"café", false},       {"re-entry", false},  // not ASCII letters only
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsCommonWord(c.word), c.common) << c.word;
}

TEST(KnownTownsTest, TownsAsWrittenAndWithoutDiacritics) {
  struct Case {
    const char* text;
    bool town;
  } cases[] = {
      {"Mandalay", true},   {"MANDALAY", true},   {"mandalay", true},  {"Ouahigouya", true},
      {"Herat", true},      {"Herāt", true},      {"Mazar-e Sharif", true}, {"Maiduguri", true},
      {"Victoria", false},  {"Jackson", false},   // given or family names
      {"Hope", false},      {"Mandala", false},   {"Mandalay ", false}, {"", false},
      {"Mandalay\n", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsKnownTown(c.text), c.town) << c.text;
}

// The name lexicons, one word each, as written and in capitals.
TEST(CommonWordsTest, NameWords) {
  struct Case {
    const char* word;
    bool name;
  } cases[] = {
      {"Baloch", true}, {"BALOCH", true}, {"Abdul", true},    {"Rahman", true},
      {"Ndobaay", false}, {"Abdul Rahman", false}, {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsNameWord(c.word), c.name) << c.word;
}

// places.txt keeps the states, countries and cities that are names too.
TEST(KnownTownsTest, GazetteerPlacesKeepNames) {
  struct Case {
    const char* text;
    bool place;
  } cases[] = {
      {"Virginia", true}, {"VIRGINIA", true}, {"Sweden", true},   {"Jackson", true}, {"New York", true},
      {"Mérida", true},   {"Hope", false},    {"Bakuzi", false},  {"Sweden ", false}, {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsGazetteerPlace(c.text), c.place) << c.text;
}

// Words for a people, a nationality or a faith that are no one's name.
TEST(CommonWordsTest, GroupWordsLeaveOutNames) {
  struct Case {
    const char* word;
    bool group;
  } cases[] = {
      {"Fulani", true},  {"FULANI", true},   {"Kenyan", true},  {"Somalis", true},
      {"German", false}, {"Baloch", false},  {"Dinka", false},  // also family names
      {"Fula", false},   {"", false},       {"Kenyan ", false},
      // Plurals of those words; not of names.
      {"Fulanis", true},  {"Peuls", true},   {"Kenyans", true}, {"Dinkas", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsGroupWord(c.word), c.group) << c.word;
}

}  // namespace
}  // namespace tearline::link_internal

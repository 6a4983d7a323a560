// Re-scans (PreviousReading, SentenceIndex): tagging a text with buffers that tagged a
// similar text before gives exactly what fresh buffers give.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/tag/internal.h"
#include "src/tag/tag_buffers.h"

namespace tearline::tag_internal {
namespace {

// A synthetic threat report: names, places, dates and plain sentences.
const char kReport[] =
    "On 12 March 2024 Mohammad Nabi Omari met Commander Gul Zadran near the bridge at Pul-e Khumri. "
    "Omari said that the convoy would leave on Thursday. "
    "Mr. Omari and his driver, Abdul Haq, stayed at the guest house for two nights. "
    "The checkpoint was moved after the rains. "
    "Zadran's men were seen at the market in Baghlan by a shopkeeper aged 54. "
    "Nothing else was reported that week.\n\n"
    "A second source, Fatima Karimi, confirmed the date. "
    "Karimi works for the Ministry of Rural Rehabilitation in Kabul. "
    "The convoy carried fuel and medicine.\n";

std::shared_ptr<const TaggerModel> Shipped() {
  auto model = TaggerModel::Load("models/tagger.tlm");
  EXPECT_TRUE(model.ok()) << model.status().ToString();
  return model.ok() ? *model : nullptr;
}

class SentenceMemoTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(model, nullptr); }
  const std::shared_ptr<const TaggerModel> model = Shipped();
};

std::string Describe(const std::vector<TagSpan>& spans, float floor) {
  std::string out;
  for (const TagSpan& s : spans) {
    if (s.confidence < floor) continue;
    out += std::to_string(s.begin) + "-" + std::to_string(s.end) + ":" + std::to_string(static_cast<int>(s.label)) +
           ":" + std::to_string(s.confidence) + " ";
  }
  return out;
}

// Replaces every occurrence of `what` with spaces of its length (as the leak
// check's neutral copy does with placeholders).
std::string Blank(std::string text, const std::string& what) {
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + what.size())) {
    text.replace(p, what.size(), std::string(what.size(), ' '));
  }
  return text;
}

std::string Replace(std::string text, const std::string& what, const std::string& with) {
  size_t p = text.find(what);
  if (p != std::string::npos) text.replace(p, what.size(), with);
  return text;
}

TEST_F(SentenceMemoTest, EditedTextsGiveWhatFreshBuffersGive) {
  const std::string base = kReport;
  const std::vector<std::string> edits = {
      base,
      Blank(base, "Omari"),                                   // every mention blanked
      Blank(Blank(base, "Mohammad Nabi Omari"), "Zadran"),    // several entities
      Replace(base, "Gul Zadran", "someone"),                 // shorter text
      Replace(base, "The checkpoint was moved after the rains. ", ""),  // a sentence gone
      Replace(base, "Karimi works", "karimi works"),          // changes document flags elsewhere
      Replace(base, "Commander", "Mr"),                       // a title cue gone
      // First-pass persons elsewhere change: "Omari" named only lowercased
      // or only once, a new mention of "Karimi" in an unchanged-looking role.
      Replace(Replace(base, "Mohammad Nabi Omari", "mohammad nabi omari"), "Mr. Omari", "mr. omari"),
      Replace(base, "The convoy carried", "Karimi said the convoy carried"),
      // Document flags of unchanged sentences change: the only mid-sentence
      // capitalised "Omari" and the only title before "Zadran" go.
      Replace(Replace(Replace(base, "Nabi Omari met", "Nabi met"), "Mr. Omari", "He"), "Commander Gul", "the"),
      // Same length; the driver's sentence keeps its flags in pass 1 but
      // gains a person named elsewhere ("Haq") in pass 2.
      Replace(base, "The checkpoint was moved", "Mr. Haq then was moved  "),
      base + base,                                            // repeated
      "",
  };
  TagOptions options;
  for (float warm_floor : {0.0f, 0.3f}) {
    for (float floor : {0.0f, 0.3f, 0.6f}) {
      for (const std::string& edited : edits) {
        TagBuffers warm;
        std::vector<TagSpan> ignored, got, want;
        TagWith(model->impl(), base, options, warm, &ignored, warm_floor);
        TagWith(model->impl(), edited, options, warm, &got, floor, /*rescan=*/true);
        TagBuffers fresh;
        TagWith(model->impl(), edited, options, fresh, &want, floor);
        EXPECT_EQ(Describe(got, floor), Describe(want, floor))
            << "warm floor " << warm_floor << " floor " << floor << " text of " << edited.size() << " bytes";
      }
    }
  }
}

TEST_F(SentenceMemoTest, RepeatedTextReusesEverySentenceAndChangedTextDoesNot) {
  const std::string base = kReport;
  TagOptions options;
  TagBuffers buf;
  std::vector<TagSpan> first, second, third;
  TagWith(model->impl(), base, options, buf, &first);
  EXPECT_EQ(buf.reused, 0u);
  const size_t lookups = buf.lookups;
  // Every sentence once in pass 1, and those with a person named elsewhere
  // ("Omari", "Zadran", "Karimi") again in pass 2.
  const size_t sentences = SplitSentences(base, Tokenize(base)).size();
  EXPECT_GT(lookups, sentences);
  TagWith(model->impl(), base, options, buf, &second, 0, true);
  EXPECT_EQ(buf.reused, lookups);
  EXPECT_EQ(buf.lookups, lookups);
  EXPECT_EQ(Describe(first, 0), Describe(second, 0));
  // One sentence (naming no one) changed: all other taggings are reused.
  TagWith(model->impl(), Replace(base, "fuel and medicine", "fuel and flour"), options, buf, &third, 0, true);
  EXPECT_EQ(buf.reused, lookups - 1);
}

// A re-scan of a text of the same length takes unchanged sentences from the
// previous reading by position (no hashing), and a chain of re-scans, each
// blanking more (the leak check's rounds), gives what fresh buffers give.
TEST_F(SentenceMemoTest, SameLengthReScansReadOnlyWhatChanged) {
  const std::string base = kReport;
  TagOptions options;
  TagBuffers buf;
  std::vector<TagSpan> spans;
  TagWith(model->impl(), base, options, buf, &spans);
  const size_t lookups = buf.lookups;
  TagWith(model->impl(), Replace(base, "fuel and medicine", "fuel and medicinE"), options, buf, &spans, 0, true);
  EXPECT_EQ(buf.lookups, lookups);
  EXPECT_EQ(buf.reused, lookups - 1);
  const std::vector<std::string> rounds = {
      Blank(base, "Omari"),
      Blank(Blank(base, "Omari"), "Zadran"),
      Blank(Blank(Blank(base, "Omari"), "Zadran"), "Karimi"),
      Blank(Blank(Blank(Blank(base, "Omari"), "Zadran"), "Karimi"), "Commander"),
      base,
  };
  for (float floor : {0.0f, 0.3f}) {
    TagBuffers warm;
    TagWith(model->impl(), base, options, warm, &spans, floor);
    for (const std::string& text : rounds) {
      std::vector<TagSpan> got, want;
      TagWith(model->impl(), text, options, warm, &got, floor, /*rescan=*/true);
      EXPECT_GT(warm.reused, 0u);
      TagBuffers fresh;
      TagWith(model->impl(), text, options, fresh, &want, floor);
      EXPECT_EQ(Describe(got, floor), Describe(want, floor)) << "floor " << floor;
    }
  }
}

// Whether a re-reading (tokens, sentence starts, document flags) equals a
// fresh reading of the same text.
::testing::AssertionResult SameReading(const TaggerModel::Impl& m, const std::string& text, const TagBuffers& warm) {
  TagBuffers fresh;
  ReadText(m, text, fresh, /*split_elisions=*/true);
  if (warm.tokens.size() != fresh.tokens.size()) return ::testing::AssertionFailure() << "token count";
  for (size_t i = 0; i < warm.tokens.size(); ++i) {
    if (warm.tokens[i].begin != fresh.tokens[i].begin || warm.tokens[i].end != fresh.tokens[i].end) {
      return ::testing::AssertionFailure() << "token " << i;
    }
  }
  if (warm.starts != fresh.starts) return ::testing::AssertionFailure() << "sentence starts";
  for (size_t i = 0; i < warm.doc.size(); ++i) {
    if (warm.doc[i] != fresh.doc[i]) {
      return ::testing::AssertionFailure() << "flags of token " << i << ": " << int(warm.doc[i]) << " not "
                                           << int(fresh.doc[i]);
    }
  }
  return ::testing::AssertionSuccess();
}

// A sentence of `words` words with neither a full stop nor a line break:
// cut by length (kMaxSentenceTokens) alone.
std::string LongSentence(size_t words) {
  const char* const kWords[] = {"Omari", "met", "Gul", "and", "the", "driver", "near", "Kabul", "Mr.", "Haq"};
  std::string out;
  for (size_t i = 0; i < words; ++i) out += std::string(kWords[i % 10]) + (i % 7 == 6 ? ", " : " ");
  return out;
}

// ReadChangedText gives the tokens, sentences and document flags that a
// fresh reading gives, over a chain of same-length edits. Each edit changes
// what the previous reading had in a way an incremental update must follow.
TEST_F(SentenceMemoTest, ReadChangedTextEqualsAFreshReading) {
  // After the two reports, a sentence cut by length at "Zebulon" (its
  // token 200), which follows a given name.
  std::string plain;
  for (int i = 0; i < 199; ++i) plain += "plain ";
  const std::string base =
      std::string(kReport) + kReport + plain + "Fatima Zebulon " + LongSentence(700) + ".\n" + kReport;
  const std::string blanked = Blank(base, "Omari");
  const std::string no_cut = Replace(base, "plain plain", "      plain");  // the cut moves past "Zebulon"
  const std::vector<std::string> chain = {
      no_cut,  // "Zebulon": mid-sentence (flag 2) after a given name (flag 4)
      base,
      Replace(no_cut, "Fatima Zebulon", "fatima Zebulon"),  // flag 2 only
      no_cut,
      Replace(no_cut, "plain plain plain", "plain plain.plain"),  // a full stop: the cuts after it move
      blanked,
      Blank(blanked, "Commander"),  // a title cue gone: flag 4 of "Gul" goes
      Replace(Blank(blanked, "Commander"), "shopkeeper", "Shopkeeper"),  // a new capitalised word
      Replace(base, "Karimi works", "karimi works"),
      Replace(base, "rains. ", "rains.\n"),  // white space only: a new sentence start
      // A sentence end gone: "Omari" of the next sentence is capitalised
      // mid-sentence (flag 2) and follows nothing; then back.
      Replace(base, "rains. Zadran's", "rains, Zadran's"),
      Replace(Replace(base, "rains. Zadran's", "rains, Zadran's"), "week.\n\nA second", "week \n\nA second"),
      base,
      // Inside the long sentence: one word fewer moves every later cut by
      // length; a line break cuts it; a word becomes a given name cue.
      Replace(base, "Gul and the driver near", "Gul and the        near"),
      Replace(base, "Gul and the driver near", "Gul and the\ndriver near"),
      Replace(base, "near Kabul Mr. Haq", "near Kabul mr. Haq"),
      Replace(base, "driver near Kabul", "Fatima near Kabul"),
      Replace(base, "driver near Kabul", "driver.near Kabul"),
      base,
      Blank(Blank(Blank(base, "Mr."), "Gul"), "Karimi"),
      Blank(Blank(Blank(Blank(base, "Mr."), "Gul"), "Karimi"), "."),
      base,
      // An elided article glued to a given name is split off; one in
      // capitals, or before a word in lower case, is not.
      Replace(base, "Gul and the driver", "Gul and d'Fatima  "),
      Replace(base, "Gul and the driver", "Gul and D'Fatima  "),
      Replace(base, "Gul and the driver", "Gul and d'fatima  "),
      Replace(base, "Gul and the driver", "Gul and l\xE2\x80\x99" "Fatima"),
      base,
  };
  TagBuffers warm;
  ReadText(model->impl(), base, warm, /*split_elisions=*/true);
  warm.prev.text = base;
  for (size_t k = 0; k < chain.size(); ++k) {
    const std::string& text = chain[k];
    ASSERT_EQ(text.size(), base.size()) << k;
    ReadChangedText(model->impl(), text, warm, /*split_elisions=*/true);
    EXPECT_TRUE(SameReading(model->impl(), text, warm)) << "edit " << k;
    warm.prev.text = text;
  }
}

// Pass 2 tags again exactly the sentences holding a token with
// kDocPersonElsewhere, wherever it lies in the sentence.
TEST_F(SentenceMemoTest, PassTwoRetagsExactlyTheSentencesWithAPersonNamedElsewhere) {
  std::string text = std::string(kReport) + "Omari. Yes Omari. The report was short and Karimi was not in it at all.\n" +
                     "Abdul arrived late at the old house by the river. " +
                     "It rained. " + LongSentence(300) + ".\n" + kReport;
  TagOptions options;
  TagBuffers buf;
  std::vector<TagSpan> spans;
  TagWith(model->impl(), text, options, buf, &spans);
  const std::vector<uint8_t>& retagged = buf.prev.results.retagged;
  ASSERT_EQ(retagged.size(), buf.starts.size());
  size_t with = 0, without = 0;
  for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
    bool any = false;
    for (size_t k = buf.starts[s]; k < buf.starts[s + 1]; ++k) any = any || (buf.doc2[k] & kDocPersonElsewhere) != 0;
    EXPECT_EQ(retagged[s] != 0, any) << "sentence " << s;
    ++(any ? with : without);
  }
  EXPECT_GT(with, 3u);
  EXPECT_GT(without, 3u);
}

// Random texts (names, titles, lowercase words, full stops, line breaks;
// some with sentences far longer than kMaxSentenceTokens) and random chains
// of same-length edits: every re-reading equals a fresh reading.
TEST_F(SentenceMemoTest, RandomReReadingsEqualFreshReadings) {
  uint64_t state = 0x7ea5;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  const std::vector<std::string> vocabulary = {
      "Omari", "omari", "Karimi", "Fatima", "Gul",  "Mr.",   "Mr",  "Dr.", "Commander", "John", "Smith",
      "the",   "convoy", "said",  "in",     "Kabul", "Haq's", ".",   ",",   "?",         "U.S.", "A.",
      "met",   "and",    "Abdul-Rahman", "2024", "(", ")"};
  for (int trial = 0; trial < 300; ++trial) {
    const bool long_sentences = trial % 3 == 0;
    std::string text;
    for (size_t words = 200 + next(900), i = 0; i < words; ++i) {
      const std::string& w = vocabulary[next(vocabulary.size())];
      if (long_sentences && (w == "." || w == "?")) continue;
      text += w;
      const uint64_t gap = next(long_sentences ? 400 : 30);
      text += gap == 0 ? "\n" : gap == 1 ? "" : " ";
    }
    TagBuffers warm;
    ReadText(model->impl(), text, warm, /*split_elisions=*/true);
    for (int round = 0; round < 5; ++round) {
      warm.prev.text = text;
      for (int edit = 0, edits = 1 + static_cast<int>(next(8)); edit < edits; ++edit) {
        const size_t at = next(text.size());
        char& c = text[at];
        switch (next(7)) {
          case 0:  // blank a run of up to 12 bytes
            for (size_t k = at; k < text.size() && k < at + 1 + next(12); ++k) text[k] = ' ';
            break;
          case 1:  // a capital lowered or a letter raised
            if (c >= 'A' && c <= 'Z') {
              c = static_cast<char>(c + 32);
            } else if (c >= 'a' && c <= 'z') {
              c = static_cast<char>(c - 32);
            }
            break;
          case 2:
            if (c == ' ') c = '\n';
            break;
          case 3:
            if (c == '\n') c = ' ';
            break;
          case 4:  // a full stop made or unmade
            c = c == '.' ? 'x' : c == ' ' ? c : '.';
            break;
          case 5:
            if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + next(26));
            break;
          default:  // a word copied over another of the same length ("Omari" <-> "Karim")
            if (c != ' ' && c != '\n') c = "OKFGMJ"[next(6)];
            break;
        }
      }
      ReadChangedText(model->impl(), text, warm, /*split_elisions=*/true);
      ASSERT_TRUE(SameReading(model->impl(), text, warm)) << "trial " << trial << " round " << round;
    }
  }
}

// Random same-length edits, as the leak check makes them (spans blanked to
// spaces) and others (a capital lowered, a space turned into a line break,
// a letter changed), chained over several re-scans: warm buffers give
// exactly what fresh buffers give.
TEST_F(SentenceMemoTest, RandomEditChainsGiveWhatFreshBuffersGive) {
  const std::string base = std::string(kReport) + kReport + kReport;
  uint64_t state = 0x5eed;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  TagOptions options;
  for (int trial = 0; trial < 40; ++trial) {
    const float floor = trial % 2 ? 0.3f : 0.0f;
    TagBuffers warm;
    std::vector<TagSpan> got, want;
    TagWith(model->impl(), base, options, warm, &got, floor);
    std::string text = base;
    for (int round = 0; round < 4; ++round) {
      for (int edit = 0, edits = 1 + static_cast<int>(next(6)); edit < edits; ++edit) {
        const size_t at = next(text.size());
        switch (next(4)) {
          case 0:  // blank a run of up to 20 bytes (whole bytes of UTF-8: the report is ASCII)
            for (size_t k = at; k < text.size() && k < at + 1 + next(20); ++k) text[k] = ' ';
            break;
          case 1:
            if (text[at] >= 'A' && text[at] <= 'Z') text[at] = static_cast<char>(text[at] + 32);
            break;
          case 2:
            if (text[at] == ' ') text[at] = '\n';
            break;
          default:
            if (text[at] >= 'a' && text[at] <= 'z') text[at] = static_cast<char>('a' + next(26));
            break;
        }
      }
      TagWith(model->impl(), text, options, warm, &got, floor, /*rescan=*/true);
      TagBuffers fresh;
      TagWith(model->impl(), text, options, fresh, &want, floor);
      ASSERT_EQ(Describe(got, floor), Describe(want, floor)) << "trial " << trial << " round " << round;
    }
  }
}

// A text that repeats itself: every repeat is remembered once, and a
// re-scan finds all of them and gives what fresh buffers give.
TEST_F(SentenceMemoTest, RepeatsWithinATextAreFoundOnReScan) {
  std::string text;
  for (int i = 0; i < 6; ++i) text += kReport;
  TagOptions options;
  TagBuffers buf;
  std::vector<TagSpan> first, again, fresh;
  TagWith(model->impl(), text, options, buf, &first);
  const size_t lookups = buf.lookups;
  TagWith(model->impl(), text, options, buf, &again, 0, true);
  EXPECT_EQ(buf.reused, lookups);
  TagBuffers clean;
  TagWith(model->impl(), text, options, clean, &fresh);
  EXPECT_EQ(Describe(again, 0), Describe(fresh, 0));
  EXPECT_EQ(Describe(first, 0), Describe(fresh, 0));
}

TEST_F(SentenceMemoTest, LowerFloorOtherOptionsOrNoRescanDoNotReuse) {
  const std::string base = kReport;
  TagOptions options;
  TagBuffers buf;
  std::vector<TagSpan> spans;
  TagWith(model->impl(), base, options, buf, &spans, 0.5f);
  TagWith(model->impl(), base, options, buf, &spans, 0.0f, true);  // below the remembered floor
  EXPECT_EQ(buf.reused, 0u);
  TagOptions other = options;
  other.report_candidates = false;
  TagWith(model->impl(), base, other, buf, &spans, 0.0f, true);
  EXPECT_EQ(buf.reused, 0u);
  TagWith(model->impl(), base, other, buf, &spans, 0.0f, true);
  EXPECT_GT(buf.reused, 0u);
  TagWith(model->impl(), base, other, buf, &spans, 0.0f);  // not a rescan: starts afresh
  EXPECT_EQ(buf.reused, 0u);
}

}  // namespace
}  // namespace tearline::tag_internal

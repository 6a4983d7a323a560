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

// ReadChangedText gives the tokens, sentences and document flags that a
// fresh reading gives, over a chain of same-length edits.
TEST_F(SentenceMemoTest, ReadChangedTextEqualsAFreshReading) {
  const std::string base = std::string(kReport) + kReport;
  const std::vector<std::string> chain = {
      Blank(base, "Omari"),
      Blank(Blank(base, "Omari"), "Commander"),  // a title cue gone: flag 4 of "Zadran" goes
      Replace(Blank(Blank(base, "Omari"), "Commander"), "shopkeeper", "Shopkeeper"),  // a new capitalised word
      Replace(base, "Karimi works", "karimi works"),
      Replace(base, "rains. ", "rains.\n"),  // white space only: a new sentence start
      base,
  };
  TagBuffers warm;
  ReadText(model->impl(), base, warm);
  warm.prev.text = base;
  for (const std::string& text : chain) {
    ASSERT_EQ(text.size(), base.size());
    ReadChangedText(model->impl(), text, warm);
    TagBuffers fresh;
    ReadText(model->impl(), text, fresh);
    ASSERT_EQ(warm.tokens.size(), fresh.tokens.size()) << text;
    for (size_t i = 0; i < warm.tokens.size(); ++i) {
      EXPECT_EQ(warm.tokens[i].begin, fresh.tokens[i].begin);
      EXPECT_EQ(warm.tokens[i].end, fresh.tokens[i].end);
    }
    EXPECT_EQ(warm.starts, fresh.starts);
    EXPECT_EQ(warm.doc, fresh.doc) << text;
    warm.prev.text = text;
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

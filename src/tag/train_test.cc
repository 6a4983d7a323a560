// Tests of training helpers: which feature slots lexical dropout leaves out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/tag/cluster.h"
#include "src/tag/internal.h"
#include "src/tag/train_internal.h"

namespace tearline::tag_internal {
namespace {

// LexicalSlots must name exactly the slots of StaticFeatures that change when
// token i's word form changes (word, affixes, fine cluster) while its shape,
// lexicon flags, coarse cluster prefixes and document flags stay: checked on
// sentences where the optional title slots are absent, one or both present
// (they shift the later slots).
TEST(LexicalSlotsTest, NameTheSlotsThatReadTheWordForm) {
  Lexicons lex;
  lex.sets[kLexTitle] = {HashBytes("dr")};
  lex.BuildIndex();
  const uint32_t coarse = ClusterCodeOf("010110");           // shared 6-bit prefix
  const uint32_t fine_a = ClusterCodeOf("0101101100110");    // differ after bit 6
  const uint32_t fine_b = ClusterCodeOf("0101100011001");
  struct Case {
    std::vector<std::string> words;
    int i;  // the token whose word form changes
  } cases[] = {
      {{"we", "saw", "Karimi", "near", "town"}, 2},
      {{"Dr", "Karimi", "left", "early"}, 1},   // title at i-1
      {{"Dr", "Gul", "Karimi", "left"}, 2},     // title at i-2
      {{"Dr", "Dr", "Karimi", "left"}, 2},      // both
      {{"Karimi"}, 0},                          // alone: padding both sides
  };
  for (const Case& c : cases) {
    std::vector<TokenFeatures> feats;
    for (const std::string& w : c.words) feats.push_back(ComputeWordFeatures(w, lex));
    for (auto& f : feats) f.doc = f.upper_initial ? 3 : 0;
    feats[c.i].cluster = fine_a;
    ASSERT_EQ(ClusterPrefix(fine_a, 6), ClusterPrefix(coarse, 6));
    const int n = static_cast<int>(feats.size());
    uint64_t before[kMaxStatic], after[kMaxStatic];
    const int nf = StaticFeatures(feats.data(), n, c.i, before);
    // Another word of the same shape and lexicon flags: every value read from
    // the word form differs.
    TokenFeatures other = ComputeWordFeatures("Wardak", lex);
    ASSERT_EQ(other.shape, feats[c.i].shape);
    ASSERT_EQ(other.lex, feats[c.i].lex);
    feats[c.i].lower = other.lower;
    feats[c.i].suf2 = other.suf2;
    feats[c.i].suf3 = other.suf3;
    feats[c.i].suf4 = other.suf4;
    feats[c.i].pre3 = other.pre3;
    feats[c.i].cluster = fine_b;
    ASSERT_EQ(StaticFeatures(feats.data(), n, c.i, after), nf);
    uint64_t changed = 0;
    for (int f = 0; f < nf; ++f) {
      if (before[f] != after[f]) changed |= uint64_t{1} << f;
    }
    EXPECT_EQ(changed, LexicalSlots(nf)) << c.words.size() << " words, token " << c.i << ", nf " << nf;
  }
}

}  // namespace
}  // namespace tearline::tag_internal

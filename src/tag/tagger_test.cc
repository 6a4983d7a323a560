#include <gtest/gtest.h>

#include <climits>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "src/tag/internal.h"
#include "tearline/file.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

namespace fs = std::filesystem;

// Synthetic training texts built from templates (written for this test).
std::vector<AnnotatedText> SyntheticCorpus() {
  const std::vector<std::string> titles = {"Col.", "Mr", "Dr.", "Haji", "General", "Mullah"};
  const std::vector<std::string> given = {"Ahmad", "Gul", "Rahim", "Nasir", "Farid", "Laila", "Zarak", "Hamid"};
  const std::vector<std::string> family = {"Zadran", "Karimi", "Sherzai", "Wardak", "Azizi", "Tanai", "Safi", "Noori"};
  const std::vector<std::string> places = {"Kandahar", "Herat", "Khost", "Kunduz", "Ghazni", "Bamyan"};
  const std::vector<std::string> verbs = {"met the district governor in", "travelled to", "was seen near",
                                          "reported from", "returned to"};
  std::vector<AnnotatedText> out;
  for (int i = 0; i < 240; ++i) {
    AnnotatedText t;
    const std::string& title = titles[i % titles.size()];
    std::string person = (i % 3 == 0 ? title + " " : "") + given[(i * 7) % given.size()] + " " +
                         family[(i * 5 + 1) % family.size()];
    t.text = "On " + std::to_string(1 + i % 28) + " March 2021 " + person + " " + verbs[i % verbs.size()] + " " +
             places[(i * 3) % places.size()] + ".";
    size_t date_begin = 3, date_end = t.text.find(" 2021") + 5;
    t.spans.push_back({date_begin, date_end, TagLabel::kDatetime, 1});
    size_t p = date_end + 1;
    t.spans.push_back({p, p + person.size(), TagLabel::kPerson, 1});
    size_t l = t.text.size() - 1 - places[(i * 3) % places.size()].size();
    t.spans.push_back({l, t.text.size() - 1, TagLabel::kLoc, 1});
    out.push_back(std::move(t));
  }
  return out;
}

class TaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("tagger_test_" + std::to_string(::getpid())));
    fs::create_directories(*dir_ / "lex");
    ASSERT_TRUE(WriteFileAtomic((*dir_ / "lex" / "titles.txt").string(), "Col.\nMr\nDr.\nHaji\nGeneral\nMullah\n").ok());
    ASSERT_TRUE(WriteFileAtomic((*dir_ / "lex" / "given_names.txt").string(), "# given\nMohammad\nNabi\nAhmad\nGul\nRahim\nNasir\nFarid\nLaila\nZarak\nHamid\n").ok());
    ASSERT_TRUE(WriteFileAtomic((*dir_ / "lex" / "family_names.txt").string(), "Omari\nZadran\nKarimi\nSherzai\nWardak\nAzizi\nTanai\nSafi\nNoori\n").ok());
    ASSERT_TRUE(WriteFileAtomic((*dir_ / "lex" / "places.txt").string(), "Jalalabad\nKandahar\nHerat\nKhost\nKunduz\nGhazni\nBamyan\n").ok());
    Status st = TrainTagger(TinyOptions("tiny.tlm"));
    ASSERT_TRUE(st.ok()) << st.ToString();
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string ModelPath() { return (*dir_ / "tiny.tlm").string(); }
  // Options that train a tiny model on SyntheticCorpus() with the suite's
  // lexicons into `output`, a file name in the suite's folder.
  static TrainOptions TinyOptions(const std::string& output, int epochs = 6) {
    TrainOptions o;
    o.data_dir = "";
    o.lexicon_dir = (*dir_ / "lex").string();
    o.output_path = (*dir_ / output).string();
    o.epochs = epochs;
    o.hash_bits = 16;
    o.extra = SyntheticCorpus();
    return o;
  }
  static fs::path* dir_;
};
fs::path* TaggerTest::dir_ = nullptr;

std::string Describe(std::string_view text, const std::vector<TagSpan>& spans, float min_conf) {
  std::string out;
  for (const TagSpan& s : spans) {
    if (s.confidence < min_conf) continue;
    out += std::string(TagLabelName(s.label)) + "[" + std::string(text.substr(s.begin, s.end - s.begin)) + "] ";
  }
  return out;
}

TEST_F(TaggerTest, GoldenSentences) {
  auto model = TaggerModel::Load(ModelPath());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  struct Case {
    std::string text, want;
  } cases[] = {
      // Names unseen in training, known only from the lexicons.
      {"On 4 March 2021 Col. Mohammad Nabi Omari met the district governor in Jalalabad.",
       "DATETIME[4 March 2021] PERSON[Col. Mohammad Nabi Omari] LOC[Jalalabad] "},
      {"On 9 March 2021 Farid Karimi travelled to Herat.", "DATETIME[9 March 2021] PERSON[Farid Karimi] LOC[Herat] "},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Describe(c.text, (*model)->Tag(c.text), 0.5f), c.want) << c.text;
  }
}

TEST_F(TaggerTest, ConfidencesAreProbabilitiesAndOffsetsValid) {
  auto model = TaggerModel::Load(ModelPath());
  ASSERT_TRUE(model.ok());
  std::string text = "On 2 March 2021 Haji Gul Safi reported from Khost. Nothing else happened there.";
  TagOptions opts;
  opts.min_confidence = 0.0f;
  auto spans = (*model)->Tag(text, opts);
  ASSERT_FALSE(spans.empty());
  for (const TagSpan& s : spans) {
    EXPECT_GE(s.confidence, 0.0f);
    EXPECT_LE(s.confidence, 1.0f);
    EXPECT_LT(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
  }
  opts.min_confidence = 0.99f;
  for (const TagSpan& s : (*model)->Tag(text, opts)) EXPECT_GE(s.confidence, 0.99f);
}

TEST_F(TaggerTest, DetectorReportsKindsAndFingerprint) {
  auto det = LoadTagger(ModelPath());
  ASSERT_TRUE(det.ok()) << det.status().ToString();
  EXPECT_EQ((*det)->id(), "tagger");
  auto scratch = (*det)->NewScratch();
  VectorSink sink;
  std::string text = "On 4 March 2021 Col. Mohammad Nabi Omari met the district governor in Jalalabad.";
  ASSERT_TRUE((*det)->Scan(text, *scratch, sink).ok());
  bool person = false, loc = false, date = false;
  for (const Finding& f : sink.findings) {
    EXPECT_EQ(f.detector, "tagger");
    if (f.confidence < 0.5f) continue;
    person = person || (f.kind == Kind::kPerson && text.substr(f.begin, f.end - f.begin) == "Col. Mohammad Nabi Omari");
    loc = loc || (f.kind == Kind::kLoc && text.substr(f.begin, f.end - f.begin) == "Jalalabad");
    date = date || f.kind == Kind::kDate;
  }
  EXPECT_TRUE(person && loc && date) << FindingsToString(sink.findings);
  auto model = TaggerModel::Load(ModelPath());
  EXPECT_EQ(TaggerFingerprint(**det), (*model)->fingerprint());
}

class OtherDetector final : public Detector {
 public:
  std::string_view id() const override { return "other"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view, DetectorScratch&, FindingSink&) const override { return Status::OK(); }
};

TEST_F(TaggerTest, ForeignDetectorAndScratch) {
  OtherDetector other;
  EXPECT_EQ(TaggerFingerprint(other), "");
  auto det = LoadTagger(ModelPath());
  ASSERT_TRUE(det.ok());
  auto wrong = other.NewScratch();
  VectorSink sink;
  EXPECT_FALSE((*det)->Scan("text", *wrong, sink).ok());
}

TEST_F(TaggerTest, TrainingIsDeterministic) {
  TrainOptions o = TinyOptions("again.tlm");
  ASSERT_TRUE(TrainTagger(o).ok());
  auto a = ReadFile(ModelPath());
  auto b = ReadFile(o.output_path);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(*a == *b);
}

// A synthetic folder trains its reports but those of heldout.list's
// prefixes (reports written for this test).
TEST_F(TaggerTest, TrainsSyntheticReportsButTheHeldOut) {
  const fs::path syn = *dir_ / "synthetic";
  fs::create_directories(syn);
  const auto put = [&](const std::string& name, const std::string& data) {
    ASSERT_TRUE(WriteFileAtomic((syn / name).string(), data).ok());
  };
  put("heldout.list", "# left out\nb-\n");
  for (const std::string stem : {"a-kunduz", "b-herat", "c-khost"}) {
    put(stem + ".txt", "Rahim Safi met Laila Noori in Kunduz\nLaila left for Herat with Rahim\n");
    put(stem + ".names", "Rahim Safi\nLaila Noori\nLaila\nRahim\n");
    put(stem + ".places", "Kunduz\nHerat\n");
  }
  put("d-notes.txt", "no lists beside this one\n");  // no .names: not a report
  TrainOptions o = TinyOptions("synthetic.tlm", 2);
  o.synthetic_dir = syn.string();
  std::string summary;
  o.summary = &summary;
  ASSERT_TRUE(TrainTagger(o).ok());
  EXPECT_NE(summary.find("synthetic reports: 2 of 2 (1 prefixes held out), 8 lines kept"), std::string::npos) << summary;
  o.synthetic_dir = (*dir_ / "missing").string();
  summary.clear();
  ASSERT_TRUE(TrainTagger(o).ok());
  EXPECT_EQ(summary.find("synthetic reports"), std::string::npos) << summary;
}

// The CRF and the perceptron + CRF mix train models that read the same
// golden sentences, deterministically, and differ from the perceptron's.
TEST_F(TaggerTest, OtherLearnersTagTheGoldenSentences) {
  for (TrainOptions::Learner learner : {TrainOptions::Learner::kCrf, TrainOptions::Learner::kEnsemble}) {
    const std::string name = learner == TrainOptions::Learner::kCrf ? "crf" : "ensemble";
    TrainOptions o = TinyOptions(name + ".tlm");
    o.jackknife_folds = 0;  // one training each (the folds train the same way)
    o.learner = learner;
    ASSERT_TRUE(TrainTagger(o).ok()) << name;
    o.output_path = (*dir_ / (name + "2.tlm")).string();
    ASSERT_TRUE(TrainTagger(o).ok()) << name;
    auto a = ReadFile((*dir_ / (name + ".tlm")).string());
    auto b = ReadFile(o.output_path);
    auto perceptron = ReadFile(ModelPath());
    ASSERT_TRUE(a.ok() && b.ok() && perceptron.ok());
    EXPECT_TRUE(*a == *b) << name << ": not deterministic";
    EXPECT_FALSE(*a == *perceptron) << name << ": the perceptron's model";
    auto model = TaggerModel::Load(o.output_path);
    ASSERT_TRUE(model.ok()) << model.status().ToString();
    const std::string text = "On 9 March 2021 Farid Karimi travelled to Herat.";
    EXPECT_EQ(Describe(text, (*model)->Tag(text), 0.5f), "DATETIME[9 March 2021] PERSON[Farid Karimi] LOC[Herat] ")
        << name;
  }
}

// A token in an unknown range is never taught O: "Zorbek" is a place in
// half the added lines and unknown in the other half ("all quiet near
// Zorbek"), so the model trained with the ranges reads it as a place there
// too; one trained on the same lines with those words as O does not.
TEST_F(TaggerTest, UnknownRangesAreNotTaughtAsO) {
  auto train = [&](const std::string& name, bool unknown) {
    TrainOptions o = TinyOptions(name);
    o.jackknife_folds = 0;
    for (int i = 0; i < 60; ++i) {
      AnnotatedText t;
      if (i % 2 == 0) {
        t.text = "the convoy reached Zorbek at dawn";
        t.spans.push_back({19, 25, TagLabel::kLoc, 1});
      } else {
        t.text = "all quiet near Zorbek";
        if (unknown) t.unknown.push_back({15, 21});
      }
      o.extra.push_back(std::move(t));
    }
    EXPECT_TRUE(TrainTagger(o).ok()) << name;
    auto model = TaggerModel::Load(o.output_path);
    EXPECT_TRUE(model.ok()) << model.status().ToString();
    const std::string text = "all quiet near Zorbek";
    return model.ok() ? Describe(text, (*model)->Tag(text), 0.5f) : std::string("?");
  };
  EXPECT_EQ(train("unknown.tlm", true), "LOC[Zorbek] ");
  EXPECT_EQ(train("as-o.tlm", false), "");
}

TEST(TrainTaggerTest, RejectsBadOptions) {
  TrainOptions o;
  o.data_dir = "";
  EXPECT_EQ(TrainTagger(o).code(), Status::Code::kNotFound);  // no data at all
  o.hash_bits = 40;
  EXPECT_EQ(TrainTagger(o).code(), Status::Code::kInvalidArgument);
  o.hash_bits = 16;
  o.lexical_dropout_percent = 101;
  EXPECT_EQ(TrainTagger(o).code(), Status::Code::kInvalidArgument);
  o.lexical_dropout_percent = 0;
  o.crf_l2 = 0;
  EXPECT_EQ(TrainTagger(o).code(), Status::Code::kInvalidArgument);
  o.crf_l2 = 1;
  o.crf_eta0 = -1;
  EXPECT_EQ(TrainTagger(o).code(), Status::Code::kInvalidArgument);
  o.crf_eta0 = 0.1;
  o.ensemble_perceptron_share = 1.5;
  EXPECT_EQ(TrainTagger(o).code(), Status::Code::kInvalidArgument);
  o.ensemble_perceptron_share = 0.5;
  for (int percent : {-1, 101}) {
    o.synthetic_percent = percent;
    EXPECT_EQ(TrainTagger(o).code(), Status::Code::kInvalidArgument) << percent;
  }
}

TEST(TagLabelTest, KindMapping) {
  EXPECT_EQ(TagLabelKind(TagLabel::kPerson), Kind::kPerson);
  EXPECT_EQ(TagLabelKind(TagLabel::kDatetime), Kind::kDate);
  EXPECT_EQ(TagLabelKind(TagLabel::kCode), Kind::kId);
  EXPECT_EQ(TagLabelName(TagLabel::kQuantity), "QUANTITY");
}

// The shipped model on synthetic text (skipped when no model is committed).
class ShippedTaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = std::string(TEARLINE_SOURCE_DIR) + "/models/tagger.tlm";
    if (!fs::exists(path)) GTEST_SKIP() << "no shipped model";
    auto loaded = TaggerModel::Load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    model = *loaded;
  }
  std::shared_ptr<const TaggerModel> model;
};

TEST_F(ShippedTaggerTest, FindsTitledName) {
  std::string text = "Col. Mohammad Nabi Omari met the district governor in Jalalabad on 3 May 2021.";
  std::string got = Describe(text, model->Tag(text), 0.5f);
  EXPECT_NE(got.find("PERSON[Col. Mohammad Nabi Omari]"), std::string::npos) << got;
  // Jalalabad is in no lexicon and unseen in training: it is at best a weak
  // candidate, never a confident non-place.
  for (const TagSpan& s : model->Tag(text)) {
    if (text.substr(s.begin, s.end - s.begin) == "Jalalabad" && s.label != TagLabel::kLoc) {
      EXPECT_LT(s.confidence, 0.5f) << got;
    }
  }
  EXPECT_EQ(Describe("and the of it", model->Tag("and the of it"), 0.5f), "");
}

// A given name glued to an elided French article ("d'Aminata") is read as
// the name it is; a place after one stays no person.
TEST_F(ShippedTaggerTest, FindsGivenNameAfterElidedArticle) {
  struct Case {
    std::string text, want;
  } cases[] = {
      {"Selon le t\u00e9moignage d'Aminata Traor\u00e9, infirmi\u00e8re au centre de sant\u00e9.",
       "PERSON[Aminata Traor\u00e9]"},
      {"Rumeur : camion d\u2019Alphonse KPANGBA braqu\u00e9 pr\u00e8s du pont.", "PERSON[Alphonse KPANGBA]"},
      {"L'\u00e9quipe d'Oumar Diallo a \u00e9t\u00e9 inform\u00e9e.", "PERSON[Oumar Diallo]"},
  };
  for (const Case& c : cases) {
    std::string got = Describe(c.text, model->Tag(c.text), 0.5f);
    EXPECT_NE(got.find(c.want), std::string::npos) << c.text << " -> " << got;
  }
  const std::string place = "Le bateau est arriv\u00e9 \u00e0 la presqu'\u00eele d'Ubwari hier.";
  for (const TagSpan& s : model->Tag(place)) {
    if (s.label == TagLabel::kPerson) {
      EXPECT_LT(s.confidence, 0.5f) << Describe(place, {s}, 0.0f);
    }
  }
}

// A closing quote after a nickname is read as a weak person of its own by
// the model; the detector reports no reading of punctuation alone (it names
// nobody, and a pseudonym would stand for a quote mark).
TEST_F(ShippedTaggerTest, ReportsNoReadingOfPunctuationAlone) {
  const std::string text =
      "The broker was identified by W3 as Sani \"Dan Kano\" (speaks Hausa).\n"
      "Group linked to Kachalla Musa \"Yellow\", reportedly based in the forest.\n"
      "Spokesman: Abu Hamza \"Al-Kindi\"    +963 9xx xxx 214\n";
  auto det = MakeTaggerDetector(model);
  auto scratch = det->NewScratch();
  VectorSink sink;
  ASSERT_TRUE(det->Scan(text, *scratch, sink).ok());
  std::string names;
  for (const Finding& f : sink.findings) {
    const std::string value = text.substr(f.begin, f.end - f.begin);
    EXPECT_TRUE(tag_internal::HoldsWordChar(value)) << "[" << f.begin << "," << f.end << ") " << value;
    if (f.kind == Kind::kPerson && f.confidence >= 0.5f) names += value + "|";
  }
  EXPECT_NE(names.find("Sani \"Dan Kano"), std::string::npos) << names;
  EXPECT_NE(names.find("Abu Hamza|"), std::string::npos) << names;
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

using tag_internal::Allowed;
using tag_internal::kNumClasses;
using tag_internal::kRowWidth;

// Viterbi against exhaustive search over every valid class sequence.
TEST(ViterbiTest, MatchesExhaustiveSearch) {
  constexpr int kCats = tag_internal::kNumCategories;
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int32_t>((state >> 33) % 2001) - 1000;
  };
  std::vector<int32_t> trans(size_t{kCats} * kRowWidth * kRowWidth, tag_internal::kForbidden);
  for (int cat = 0; cat < kCats; ++cat) {
    for (int p = 0; p < kNumClasses; ++p) {
      for (int c = 0; c < kNumClasses; ++c) {
        if (Allowed(p, c)) trans[(size_t(cat) * kRowWidth + p) * kRowWidth + c] = next();
      }
    }
  }
  for (int trial = 0; trial < 40; ++trial) {
    int n = 1 + trial % 4;
    std::vector<int32_t> emis(size_t(n) * kRowWidth);
    std::vector<uint8_t> cat(n);
    for (auto& e : emis) e = next();
    for (auto& c : cat) c = static_cast<uint8_t>((next() + 1000) % kCats);
    std::vector<int> got(n);
    std::vector<int32_t> hist(size_t(n) * kRowWidth);
    tag_internal::Viterbi<int32_t>(emis.data(), trans.data(), cat.data(), n, got.data(), hist.data());
    // Exhaustive: every sequence of n classes.
    int64_t best = INT64_MIN;
    std::vector<int> seq(n, 0), best_seq;
    std::function<void(int, int, int64_t)> walk = [&](int i, int prev, int64_t score) {
      if (i == n) {
        if (score > best) {
          best = score;
          best_seq = seq;
        }
        return;
      }
      for (int c = 0; c < kNumClasses; ++c) {
        if (!Allowed(prev, c)) continue;
        seq[i] = c;
        walk(i + 1, c, score + emis[size_t(i) * kRowWidth + c] + trans[(size_t(cat[i]) * kRowWidth + prev) * kRowWidth + c]);
      }
    };
    walk(0, 0, 0);
    int64_t got_score = 0;
    int prev = 0;
    for (int i = 0; i < n; ++i) {
      ASSERT_TRUE(Allowed(prev, got[i])) << "trial " << trial;
      got_score += emis[size_t(i) * kRowWidth + got[i]] + trans[(size_t(cat[i]) * kRowWidth + prev) * kRowWidth + got[i]];
      prev = got[i];
    }
    EXPECT_EQ(got_score, best) << "trial " << trial;
  }
}

}  // namespace
}  // namespace tearline

namespace tearline::tag_internal {
namespace {

TEST(DecimalFractionTest, Table) {
  struct Case {
    const char* text;
    bool fraction;
  } cases[] = {{"70.4521", true}, {"-3,5", true}, {"+0.1", true}, {"12", false},   {"12.", false},
               {".5", false},     {"1.2.3", false}, {"12345/06", false}, {"A1.2", false}, {"", false},
               {"34.4287,", false}};
  for (const Case& c : cases) EXPECT_EQ(IsDecimalFraction(c.text), c.fraction) << c.text;
}

TEST(HoldsWordCharTest, Table) {
  struct Case {
    std::string_view text;
    bool word;
  } cases[] = {{"\"", false},         {".", false},      {"\u00bb", false}, {"\u2013", false}, {"", false},
               {"\xff\xfe", false},   {"(.)", false},    {"a", true},       {"7", true},       {"\u018a", true},
               {"\u0645", true},       {"\u0301", true},  {"\".x", true}};
  for (const Case& c : cases) EXPECT_EQ(HoldsWordChar(c.text), c.word) << c.text;
}

TEST(LowerCaseHonorificTest, Table) {
  struct Case {
    std::string_view word;
    bool honorific;
  } cases[] = {{"jan", true},  {"jaan", true},  {"ji", true},    {"sahib", true}, {"bhai", true},
               {"Jan", false}, {"jane", false}, {"Sahib", false}, {"jan ", false}, {"", false}};
  for (const Case& c : cases) EXPECT_EQ(IsLowerCaseHonorific(c.word), c.honorific) << c.word;
}

TEST(LowerCaseHonorificTest, AfterCapitalisedWord) {
  struct Case {
    std::string_view text;  // the honorific starts after the last space
    bool after;
  } cases[] = {{"Salam Ahmad jan", true}, {"Gul Bibi jaan", true}, {"revenge for jan", false},
               {"UN jan", false},         {"xAhmad jan", false},   {"      jan", true},
               {"Zoë jan", true},         {"[REDACTED] jan", true}, {"[PERSON-2] ji", true}};
  for (const Case& c : cases) {
    EXPECT_EQ(AfterCapitalisedWord(c.text, c.text.rfind(' ') + 1), c.after) << c.text;
  }
}

TEST(LeadingFunctionWordTest, Table) {
  struct Case {
    std::string_view text;  // the whole reading
    std::string_view want;  // the reading reported
  } cases[] = {{"OF AHMADZAI", "AHMADZAI"}, {"of Karim Safi", "Karim Safi"}, {"The Karimi", "Karimi"},
               {"With Noor", "Noor"},       {"Of", "Of"},                   {"OF ", "OF "},
               {"Offa Noor", "Offa Noor"},  {"Van Dyk", "Van Dyk"},         {"De la Cruz", "De la Cruz"},
               {"ofKarim", "ofKarim"},      {"Hi Tom", "Tom"},             {"HELLO Amina Yusuf", "Amina Yusuf"},
               {"Hiya", "Hiya"},            {"Hila Noor", "Hila Noor"},    {"Salam Fayyad", "Salam Fayyad"}};
  for (const Case& c : cases) {
    const std::string text = "x " + std::string(c.text) + " y";
    const TagSpan span{2, 2 + c.text.size(), TagLabel::kPerson, 0.9f};
    const size_t begin = AfterLeadingFunctionWord(text, span);
    EXPECT_EQ(text.substr(begin, span.end - begin), c.want) << c.text;
  }
}

}  // namespace
}  // namespace tearline::tag_internal

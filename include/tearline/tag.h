// tearline/tag.h — the statistical name tagger: tokenizer, model, training.
//
// WHAT THESE TYPES REPRESENT
//   Token is one word or punctuation mark of a UTF-8 text, as a half-open byte
//   range [begin, end) (see tearline/status.h). Tokenize() produces them:
//     - whitespace (any Unicode White_Space) separates tokens and is never part
//       of one;
//     - a word is a run of letters, marks and digits of any script; letters
//       joined by an inner hyphen (U+002D, U+2010, U+2011) or an inner
//       apostrophe (U+0027, U+2019) stay one word ("Abdul-Rahman", "O'Brien");
//     - a possessive "'s" / "’s" at the end of a word is its own token
//       ("Omari's" -> "Omari" + "'s");
//     - a number keeps inner separators followed by a digit: "12,355.61",
//       "18403/91", "2021-08-26", "10:30";
//     - a single capital letter followed by "." is one token with its period
//       ("M."), and so is a chain of such initials ("Z.M.", "U.S."); the
//       known abbreviations (Mr., Dr., Gen., Col., Eng., No., ...) keep their
//       period too;
//     - every other code point (punctuation, symbols) is a token by itself.
//   Sentences: SplitSentences() ends a sentence after ".", "?", "!" (not an
//   abbreviation's period), at a line break, a tab or three spaces in a row
//   between two tokens (the columns of a fixed-width table are read one by
//   one), and after at most kMaxSentenceTokens tokens.
//
//   TagSpan is one span the tagger proposes: a label (PERSON, ORG, LOC, DEM,
//   QUANTITY, DATETIME, CODE) over whole tokens, with a confidence in [0, 1].
//   PERSON spans include a preceding title ("Mr", "Col.") when the training
//   data does (TAB and GUM both do).
//
//   The tagger is an averaged structured perceptron over hashed features
//   (word, shape, affixes, +-2 neighbours, sentence position, lexicon
//   membership, word cluster paths, and document-level evidence: whether a
//   capitalised word is capitalised mid-sentence or follows a given name or
//   title elsewhere in the same tagged text) with first-order Viterbi BIO decoding (label transitions
//   conditioned on the token's category; I-x only after B-x/I-x). Tagging
//   takes two passes: sentences holding a capitalised word that the first
//   pass tagged as PERSON (confidence >= 0.5) at another place in the text
//   are tagged again with that evidence as a document feature. The model file
//   (doc/tagger.md) starts with a magic number, a format version and the
//   SHA-256 of its payload; the hex SHA-256 is the model's fingerprint.
//   When tagging (TaggerModel::Tag, the detector, the leak check's re-scans;
//   not training), a lower-case French or Italian elided article glued to a
//   given name in title case that the model's lexicons hold, and do not hold
//   as a family name, title or place, is read as two tokens ("d'Aminata" ->
//   "d'" + "Aminata"; "d'Alembert", "D'Souza", "O'Brien", "l'ONG" stay
//   whole), so the name is seen as a name.
//
// THREAD SAFETY
//   Tokenize/SplitSentences are pure functions. A loaded tagger (TaggerModel,
//   or the Detector from LoadTagger) is immutable and may be shared by any
//   number of threads; its DetectorScratch is per thread. TrainTagger is
//   single-threaded and touches only the paths in its options.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tearline/detect.h"
#include "tearline/finding.h"
#include "tearline/status.h"

namespace tearline {

struct Token {
  size_t begin = 0;  // first byte
  size_t end = 0;    // one past the last byte
};

// Tokenizes UTF-8 `text` as described above. Tokens are in text order, do not
// overlap and are never empty. Invalid UTF-8 bytes become one-byte tokens.
std::vector<Token> Tokenize(std::string_view text);

inline constexpr size_t kMaxSentenceTokens = 200;

// Splits tokens (from Tokenize(text)) into sentences: returns the index of the
// first token of each sentence; the first element is 0 unless tokens is empty.
std::vector<size_t> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

// The tagger's labels, in model order. kNumTagLabels excludes O.
enum class TagLabel : uint8_t { kPerson, kOrg, kLoc, kDem, kQuantity, kDatetime, kCode };
inline constexpr int kNumTagLabels = 7;
// "PERSON", "ORG", "LOC", "DEM", "QUANTITY", "DATETIME", "CODE".
std::string_view TagLabelName(TagLabel label);
// PERSON->kPerson, ORG->kOrg, LOC->kLoc, DEM->kDem, QUANTITY->kQuantity,
// DATETIME->kDate, CODE->kId.
Kind TagLabelKind(TagLabel label);

struct TagSpan {
  size_t begin = 0;  // byte offsets into the tagged text
  size_t end = 0;
  TagLabel label = TagLabel::kPerson;
  float confidence = 0;  // in [0, 1]
};

struct TagOptions {
  // Spans whose confidence is below this are not reported. Besides the
  // decoded spans, runs of tokens decoded as O whose best entity label has a
  // probability >= min_confidence are reported as weak candidates.
  float min_confidence = 0.05f;
  // False: report only the decoded spans (no weak candidates).
  bool report_candidates = true;
};

// A loaded model. Immutable.
class TaggerModel {
 public:
  // Parses a model file image. Fails with kCorruption when the magic number,
  // version, size or fingerprint is wrong or the payload is malformed; never
  // crashes on any input.
  static Result<std::shared_ptr<const TaggerModel>> Parse(std::string_view file_bytes);
  // Reads and parses `path`; kIOError/kNotFound if it cannot be read.
  static Result<std::shared_ptr<const TaggerModel>> Load(const std::string& path);

  // Lowercase hex SHA-256 of the payload (64 characters).
  const std::string& fingerprint() const;

  // Tags `text` (UTF-8). Spans are sorted by begin, may overlap only when a
  // weak candidate overlaps nothing else (they never do: candidates come from
  // O tokens only), and carry confidences >= options.min_confidence.
  std::vector<TagSpan> Tag(std::string_view text, const TagOptions& options = {}) const;

  struct Impl;
  explicit TaggerModel(std::unique_ptr<Impl> impl);
  ~TaggerModel();
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Loads the model at `model_path` as a Detector with id "tagger". Its findings
// map labels with TagLabelKind and carry the span confidence; a PERSON span
// below 0.5 of one word that the model's place lexicon holds and its given,
// family and title lexicons do not is reported as LOC ("from Mandalay" read
// as a person at 0.34: a candidate no release acts on, which the leak check
// would block on). A span across a tab (the cells of a table) is reported
// as one finding per cell of two bytes or more, same label and confidence
// ("DIATTA<TAB>Ansoumana<TAB>M": "DIATTA" and "Ansoumana"). A PERSON span
// that opens with an English preposition, article or conjunction (and, at,
// by, for, from, in, of, on, the, to, with; any case) and one space before
// more words is reported without it ("CONTACT OF AHMADZAI": "AHMADZAI").
// Document-level
// features see the text of one Scan call (the whole text passed to Tag). Its scratch keeps
// per-word feature values between Scan calls (at most about 22 MB); results do
// not depend on what the scratch has seen. The scratch's min_confidence_hint is
// honoured: findings at or above it are exactly those reported with hint 0;
// weak candidates below it may be left out.
// Errors: as TaggerModel::Load.
Result<std::unique_ptr<const Detector>> LoadTagger(const std::string& model_path,
                                                   const TagOptions& options = {});
// Wraps an already loaded model as a Detector.
std::unique_ptr<const Detector> MakeTaggerDetector(std::shared_ptr<const TaggerModel> model,
                                                   const TagOptions& options = {});
// The model fingerprint of a Detector made by LoadTagger/MakeTaggerDetector;
// "" for any other detector.
std::string TaggerFingerprint(const Detector& detector);

// One training text: UTF-8 text with gold spans (byte offsets, any order,
// non-overlapping after the trainer drops the shorter of two overlapping ones).
struct AnnotatedText {
  std::string text;
  std::vector<TagSpan> spans;  // confidence unused
  // Byte ranges [first, second) whose labels the source does not give: a
  // token overlapping one is left free in training (the perceptron's gold
  // path is its best path through the known tokens' classes). A text with
  // such ranges never calibrates; the CRF learner skips its sentences.
  std::vector<std::pair<size_t, size_t>> unknown;
};

struct TrainOptions {
  // Folder with gum/*.conllu and tab/tab_train_subset.json (see
  // ../shared/data/README.md). Either part may be missing, not both.
  std::string data_dir = "../shared/data";  // relative to the source tree, as laid out for the project
  // Folder with given_names.txt, family_names.txt, titles.txt (one entry a
  // line, '#' comments); missing files count as empty lexicons.
  std::string lexicon_dir = "data/lexicons";
  // Word cluster file (PATH<TAB>word lines, src/tag/cluster.h); its clusters
  // are compiled into the model. "" = no cluster features.
  std::string cluster_path = "data/clusters/words.txt";
  std::string output_path = "models/tagger.tlm";
  // GUM files (sorted by name) whose index % gum_holdout_every == 0 are held
  // out of training (and scored after training). 0 holds out nothing.
  int gum_holdout_every = 10;
  // Development mode (tuning without touching the held-out files): when >= 0,
  // GUM files whose index % gum_holdout_every == gum_dev_offset are scored
  // instead, and the held-out files (index % gum_holdout_every == 0) are left
  // out of training altogether. -1: normal training.
  int gum_dev_offset = -1;
  // Training passes; the pass whose averaged weights score best (exact span
  // F1) on the calibration sentences is kept.
  int epochs = 12;
  uint64_t seed = 20240611;  // shuffling order; training is deterministic
  int hash_bits = 19;        // 2^hash_bits feature rows
  // The person-elsewhere document flag of training texts comes from models
  // trained on the other jackknife_folds - 1 folds of the training texts
  // (each trained like the final model, without that flag); < 2 leaves the
  // flag unset everywhere. person_flag_drop_percent of the texts (a fixed
  // pseudo-random choice) keep it unset, as the tagger's first pass sees them.
  int jackknife_folds = 5;
  int person_flag_drop_percent = 0;
  // Lexical dropout: in each perceptron step, each capitalised token (but
  // those of gold DATETIME spans: month and day names) has,
  // with this probability (percent; a fixed pseudo-random choice per epoch,
  // sentence and token), the features of its own word form (word, affixes,
  // word bigrams, fine clusters) left out of decoding and update, so that the
  // model also learns to tag names from context, shape, lexicons and the
  // document flags instead of memorising the names of the training texts.
  // Tagging always uses every feature. Off (0) for the shipped model: it
  // helped GUM development folds but cost TAB persons (doc/tagger.md).
  int lexical_dropout_percent = 0;
  // The learner: the averaged structured perceptron (shipped); a
  // linear-chain CRF trained by SGD on the L2-regularised log-likelihood
  // (crf_l2: the L2 coefficient per training set, as CRFsuite's c2; crf_eta0:
  // the first step size; its weights averaged over the steps from epoch
  // crf_average_from, 0-based, on: averaged SGD); or both, their weights
  // each in calibrated units, mixed with ensemble_perceptron_share of the
  // perceptron's. All decode with the same Viterbi.
  enum class Learner { kPerceptron, kCrf, kEnsemble };
  Learner learner = Learner::kPerceptron;
  double crf_l2 = 0.25;
  double crf_eta0 = 0.1;
  int crf_average_from = 2;
  double ensemble_perceptron_share = 0.5;
  // Also train on data_dir/wnut17/wnut17train.conll (ReadWnutForTraining,
  // the unannotated words from the lexicon_dir's dem_*.txt files).
  bool use_wnut = true;
  // Folder of the project's synthetic field reports (NAME.txt with
  // NAME.names and NAME.places; bench/quality/synthetic), read with
  // ReadSyntheticForTraining. A text whose file name starts with a line of
  // the folder's heldout.list is left out: those measure the shipped model.
  // "" (the default here; `tearline train` and tearline_train_tool pass
  // bench/quality/synthetic) or a missing folder: none.
  std::string synthetic_dir;
  // Percent of the synthetic reports trained on (a fixed pseudo-random
  // choice by seed and file name; 100: all of them).
  int synthetic_percent = 100;
  // Optional extra training texts (tests use these with data_dir = "").
  std::vector<AnnotatedText> extra;
  // If non-null, receives a short human-readable training summary (no
  // document text), including held-out GUM scores.
  std::string* summary = nullptr;
};

// Trains a model from options and writes it atomically to output_path.
// Deterministic: the same inputs and options give a byte-identical file.
Status TrainTagger(const TrainOptions& options);

// Reads the GUM CoNLL-U file image `conllu` into one AnnotatedText: the text is
// rebuilt from the tokens (SpaceAfter=No honoured; sentences on new lines,
// paragraphs separated by a blank line). Spans: of each person/organization/
// place mention, its GUM minimal span (the whole mention when absent) cut into
// runs of name words (PROPN, NUM, capitalised words, with connectors such as
// "of", "de", "bin" inside; persons never join on "of"/"and"), each run with a
// PROPN being one span. Persons: the name ends before an "of"; capitalised
// common nouns/adjectives are no name words; runs ending in a plural proper
// noun (groups) or made of role words alone ("the Tsar") give none; when the
// minimal span holds no name, an appositive name of the mention is used. Time
// mentions containing a digit or month name (leading determiners trimmed).
Result<AnnotatedText> ReadGumConllu(std::string_view conllu);

// Reads a TAB JSON file image into AnnotatedTexts (character offsets converted
// to bytes; MISC and NO_MASK mentions dropped, so that the tagger learns what
// needs masking; first annotator as in tearline/eval.h).
Result<std::vector<AnnotatedText>> ReadTabForTraining(std::string_view json);

// Reads WNUT-17 CoNLL (token<TAB>BIO tag lines, a blank line between tweets)
// into one AnnotatedText per tweet: tokens joined by single spaces; person ->
// PERSON, location -> LOC, corporation and group -> ORG (product and
// creative-work are not tagged). WNUT annotates no dates and no demographic
// words, so a tweet holding a digit, a month name or a word of
// `unannotated_words` (lowercase) is left out: it would teach the tagger that
// such words are never DATETIME or DEM. Fails with kBadInput on a tag that is
// not O, B-x or I-x.
Result<std::vector<AnnotatedText>> ReadWnutForTraining(std::string_view conll,
                                                        const std::set<std::string>& unannotated_words);

// Reads one synthetic field report written for the project (the text, its
// .names file: the strings that name persons, and its .places file: the
// places; one string a line) into an AnnotatedText for training. Every
// occurrence of a listed string that starts and ends on token boundaries is
// a span, PERSON or LOC (longer strings first, a name before a place of the
// same length, none overlapping); a person's span starts at the titles
// right before it, one space apart, that start with a capital and are in
// `titles` lower-cased ("Col. Mohammad Nabi Omari"; not "his brother
// Karim"), as GUM and TAB annotate names. The files annotate persons
// and places only, so what they may leave unannotated is unknown
// (AnnotatedText::unknown) instead of O: a token outside the spans whose
// whitespace-delimited chunk holds an ASCII digit or an '@', a word
// (lower-cased) of `unannotated_words`, a month's or a weekday's name
// (English, French, Spanish, Portuguese, Indonesian), each with the token
// before and after it; and a word with a capital letter that is not in
// `common_words` (lower case; in capitals, three letters or more), with the
// capitalised words beside it; a listed person's initials (at most four
// capitals, periods and spaces between: "AK", "A.K."; acronyms name things
// far more often than people) and a listed string inside a chunk holding an
// '@' (an address or a handle names its owner as an EMAIL or a HANDLE) are
// unknown too, not spans. Only lines with at least one span are kept. A
// kept line that holds a person is also given a second time with its
// persons blanked to spaces, places still spans, as the leak check reads a
// release (tearline/verify.h). Kept lines are joined by '\n', their spans
// and unknown ranges shifted with them; a text with none kept gives an
// empty text.
AnnotatedText ReadSyntheticForTraining(std::string_view text, std::string_view names, std::string_view places,
                                       const std::set<std::string>& unannotated_words,
                                       const std::set<std::string>& common_words,
                                       const std::set<std::string>& titles);

}  // namespace tearline

#include <unicode/translit.h>

#include <algorithm>
#include <unordered_map>

#include "protect_internal.h"
#include "tearline/file.h"
#include "tearline/protect.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

using protect_internal::Fold;
using protect_internal::Skeleton;

struct NameWord {
  std::string fold;
  std::string skeleton;
};

struct Name {
  std::vector<NameWord> words;
};

// One word of the scanned text; initials ("M.", or each letter of "M.N.") are
// words with `initial` set.
struct TextWord {
  size_t begin, end;
  std::string fold;
  std::string skeleton;
  char initial = 0;
  size_t gap_before;  // bytes of text between the previous word and this one
  bool joinable;      // only separators (space, comma, hyphen) since the previous word
};

bool WordsMatch(const NameWord& n, const TextWord& t) {
  if (t.initial) return !n.fold.empty() && n.fold[0] == t.initial;
  if (t.skeleton != n.skeleton) return false;
  return n.skeleton.size() >= 2 || n.fold == t.fold;
}

class ProtectScratch final : public DetectorScratch {
 public:
  std::unique_ptr<icu::Transliterator> folder = protect_internal::NewFolder();
};

bool HasLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = DecodeUtf8(s, i, &len);
    if ((cp < 0x80 && std::isalpha(static_cast<int>(cp))) || cp >= 0xC0) return true;
    i += len;
  }
  return false;
}

// Splits text into words, expanding chains of initials.
std::vector<TextWord> Words(std::string_view text, icu::Transliterator* folder) {
  std::vector<TextWord> words;
  size_t prev_end = 0;
  bool joinable = false;
  for (const Token& tok : Tokenize(text)) {
    std::string_view t = text.substr(tok.begin, tok.end - tok.begin);
    if (!HasLetter(t)) {
      if (t != "," && t != "-" && t != "\u2010") joinable = false;
      continue;
    }
    bool initials = t.size() >= 2 && t.back() == '.';
    for (size_t i = 0; initials && i < t.size(); i += 2) {
      initials = std::isalpha(static_cast<unsigned char>(t[i])) && i + 1 < t.size() && t[i + 1] == '.';
    }
    if (initials) {
      for (size_t i = 0; i < t.size(); i += 2) {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(t[i])));
        words.push_back({tok.begin + i, tok.begin + i + 2, std::string(1, c), "", c, 0, true});
      }
    } else {
      std::string fold = Fold(t, folder);
      words.push_back({tok.begin, tok.end, fold, Skeleton(fold), 0, 0, true});
    }
    TextWord& first = words[words.size() - (initials ? t.size() / 2 : 1)];
    first.gap_before = tok.begin - prev_end;
    first.joinable = joinable && first.gap_before <= 3;
    prev_end = tok.end;
    joinable = true;
  }
  return words;
}

class ProtectedDetector final : public Detector {
 public:
  explicit ProtectedDetector(std::vector<Name> names) : names_(std::move(names)) {
    for (size_t n = 0; n < names_.size(); ++n) {
      for (const NameWord& w : names_[n].words) by_skeleton_[w.skeleton].push_back(n);
    }
    for (auto& [k, v] : by_skeleton_) v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  std::string_view id() const override { return "protect"; }
  KindMask kinds() const override { return KindBit(Kind::kProtected); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<ProtectScratch>(); }

  Status Scan(std::string_view text, DetectorScratch& scratch, FindingSink& sink) const override {
    auto& s = static_cast<ProtectScratch&>(scratch);
    if (!s.folder) return Status::Internal("ICU transliterator Any-Latin is not available");
    std::vector<TextWord> words = Words(text, s.folder.get());
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].initial) continue;  // a match must be anchored... at its first full word or initial
      auto it = by_skeleton_.find(words[i].skeleton);
      if (it == by_skeleton_.end()) continue;
      bool matched = false;
      for (size_t n : it->second) {
        if (MatchAround(words, i, names_[n], sink)) {
          matched = true;
          break;
        }
      }
      if (!matched) MatchSurname(words[i], it->second, sink);
    }
    return Status::OK();
  }

 private:
  // Tries windows of the name's length that contain word i.
  bool MatchAround(const std::vector<TextWord>& words, size_t i, const Name& name, FindingSink& sink) const {
    const size_t k = name.words.size();
    for (size_t start = i + 1 >= k ? i + 1 - k : 0; start <= i && start + k <= words.size(); ++start) {
      bool contiguous = true;
      for (size_t j = start + 1; j < start + k; ++j) contiguous &= words[j].joinable;
      if (!contiguous) continue;
      std::vector<bool> used(k, false);
      bool all = true, exact = true, any_full = false;
      for (size_t j = start; j < start + k && all; ++j) {
        bool found = false;
        for (size_t w = 0; w < k && !found; ++w) {
          if (used[w] || !WordsMatch(name.words[w], words[j])) continue;
          used[w] = found = true;
          if (!words[j].initial) {
            any_full = true;
            exact &= words[j].fold == name.words[w].fold;
          }
        }
        all = found;
      }
      if (!all || !any_full) continue;
      // Report only from the window's first full word, so each match is reported once.
      size_t first_full = start;
      while (words[first_full].initial) ++first_full;
      if (first_full != i) return true;
      sink.Add(Finding{words[start].begin, words[start + k - 1].end, Kind::kProtected, "", exact ? 1.0f : 0.95f,
                       "protect"});
      return true;
    }
    return false;
  }

  void MatchSurname(const TextWord& w, const std::vector<size_t>& candidates, FindingSink& sink) const {
    for (size_t n : candidates) {
      const Name& name = names_[n];
      const NameWord& last = name.words.back();
      if (name.words.size() < 2 || last.skeleton != w.skeleton) continue;
      if (last.skeleton.size() >= 3 || last.fold == w.fold) {
        sink.Add(Finding{w.begin, w.end, Kind::kProtected, "SURNAME", 0.8f, "protect"});
        return;
      }
    }
  }

  std::vector<Name> names_;
  std::unordered_map<std::string, std::vector<size_t>> by_skeleton_;
};

}  // namespace

Result<std::unique_ptr<const Detector>> CompileProtectedDetector(const std::vector<std::string>& names) {
  auto folder = protect_internal::NewFolder();
  if (!folder) return Status::Internal("ICU transliterator Any-Latin is not available");
  std::vector<Name> compiled;
  for (size_t i = 0; i < names.size(); ++i) {
    Name name;
    for (const TextWord& w : Words(names[i], folder.get())) {
      if (w.initial) continue;  // initials in the list itself carry too little
      if (!w.fold.empty()) name.words.push_back({w.fold, w.skeleton});
    }
    if (name.words.empty()) {
      return Status::PolicyError("protected name #" + std::to_string(i + 1) + " has no letters");
    }
    compiled.push_back(std::move(name));
  }
  return std::unique_ptr<const Detector>(new ProtectedDetector(std::move(compiled)));
}

}  // namespace tearline

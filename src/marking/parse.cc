// Marking grammar: levels, TLP labels, controls, portion marks and banners.
#include <algorithm>
#include <string>

#include "tearline/marking.h"

namespace tearline {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsUpper(c) || IsDigit(c) || (c >= 'a' && c <= 'z'); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i];
    if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
    if (a != prefix[i]) return false;
  }
  return true;
}

// Where `part` lies inside `whole`, as "[b,e)" — used in reasons instead of
// quoting words, which could be text rather than marking syntax.
std::string At(std::string_view whole, std::string_view part) {
  size_t b = static_cast<size_t>(part.data() - whole.data());
  return "[" + std::to_string(b) + "," + std::to_string(b + part.size()) + ")";
}

// Splits on `sep` (a string), keeping empty pieces.
std::vector<std::string_view> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + sep.size();
  }
}

bool IsCountryCode(std::string_view c) {
  if (c.size() != 3 && c.size() != 4) return false;
  return std::all_of(c.begin(), c.end(), IsUpper);
}

// Parses "USA, GBR, FVEY" into *out (deduplicated, in order).
Status ParseCodeList(std::string_view body, std::string_view list, std::string_view control,
                     std::vector<std::string>* out) {
  if (Trim(list).empty()) {
    return Status::BadInput(std::string(control) + " without a country list at " + At(body, list));
  }
  for (std::string_view code : Split(list, ",")) {
    code = Trim(code);
    if (!IsCountryCode(code)) {
      return Status::BadInput(std::string(control) +
                              " list entry is not a country trigraph or tetragraph at " +
                              At(body, code));
    }
    if (std::find(out->begin(), out->end(), code) == out->end()) out->emplace_back(code);
  }
  return Status::OK();
}

Status ParseControl(std::string_view body, std::string_view item, Marking* m) {
  std::string_view w = Trim(item);
  if (w.empty()) return Status::BadInput("empty control at " + At(body, item));
  if (w == "FOUO") {
    m->fouo = true;
  } else if (w == "NOFORN" || w == "NF") {
    m->noforn = true;
  } else if (w == "ORCON" || w == "OC") {
    m->orcon = true;
  } else if (w == "RELIDO") {
    m->relido = true;
  } else if (w.substr(0, 6) == "REL TO" && (w.size() == 6 || IsBlank(w[6]))) {
    TL_RETURN_IF_ERROR(ParseCodeList(body, w.substr(6), "REL TO", &m->rel_to));
  } else if (w.substr(0, 12) == "DISPLAY ONLY" && (w.size() == 12 || IsBlank(w[12]))) {
    m->display_only = true;
    TL_RETURN_IF_ERROR(ParseCodeList(body, w.substr(12), "DISPLAY ONLY", &m->display_only_to));
  } else {
    return Status::BadInput("unknown control at " + At(body, w));
  }
  return Status::OK();
}

}  // namespace

std::string_view ClassLevelName(ClassLevel level) {
  switch (level) {
    case ClassLevel::kUnclassified: return "UNCLASSIFIED";
    case ClassLevel::kConfidential: return "CONFIDENTIAL";
    case ClassLevel::kSecret: return "SECRET";
    case ClassLevel::kTopSecret: return "TOP SECRET";
  }
  return "";
}

namespace {
std::string_view ClassLevelShort(ClassLevel level) {
  switch (level) {
    case ClassLevel::kUnclassified: return "U";
    case ClassLevel::kConfidential: return "C";
    case ClassLevel::kSecret: return "S";
    case ClassLevel::kTopSecret: return "TS";
  }
  return "";
}
}  // namespace

std::optional<ClassLevel> ParseClassLevel(std::string_view w) {
  if (w == "U" || w == "UNCLASSIFIED") return ClassLevel::kUnclassified;
  if (w == "C" || w == "CONFIDENTIAL") return ClassLevel::kConfidential;
  if (w == "S" || w == "SECRET") return ClassLevel::kSecret;
  if (w == "TS" || w == "TOP SECRET") return ClassLevel::kTopSecret;
  return std::nullopt;
}

std::string_view TlpName(Tlp tlp) {
  switch (tlp) {
    case Tlp::kNone: return "";
    case Tlp::kClear: return "TLP:CLEAR";
    case Tlp::kGreen: return "TLP:GREEN";
    case Tlp::kAmber: return "TLP:AMBER";
    case Tlp::kAmberStrict: return "TLP:AMBER+STRICT";
    case Tlp::kRed: return "TLP:RED";
  }
  return "";
}

std::optional<Tlp> ParseTlp(std::string_view w) {
  if (w.substr(0, 4) == "TLP:") w.remove_prefix(4);
  if (w == "CLEAR") return Tlp::kClear;
  if (w == "GREEN") return Tlp::kGreen;
  if (w == "AMBER") return Tlp::kAmber;
  if (w == "AMBER+STRICT") return Tlp::kAmberStrict;
  if (w == "RED") return Tlp::kRed;
  return std::nullopt;
}

std::string Marking::ToString(bool long_form) const {
  if (scheme == MarkingScheme::kTlp) return std::string(TlpName(tlp));
  if (scheme == MarkingScheme::kCustom) return "[" + custom_label + "]";
  std::string out(long_form ? ClassLevelName(level) : ClassLevelShort(level));
  std::vector<std::string> controls;
  if (fouo) controls.push_back("FOUO");
  if (orcon) controls.push_back(long_form ? "ORCON" : "OC");
  if (relido) controls.push_back("RELIDO");
  if (noforn) controls.push_back(long_form ? "NOFORN" : "NF");
  auto list = [](std::string head, const std::vector<std::string>& codes) {
    for (size_t i = 0; i < codes.size(); ++i) head += (i ? ", " : " ") + codes[i];
    return head;
  };
  if (!rel_to.empty()) controls.push_back(list("REL TO", rel_to));
  if (display_only) controls.push_back(list("DISPLAY ONLY", display_only_to));
  for (size_t i = 0; i < controls.size(); ++i) out += (i ? "/" : "//") + controls[i];
  return out;
}

Result<Marking> ParseMarking(std::string_view body) {
  std::string_view s = Trim(body);
  if (s.empty()) return Status::BadInput("empty marking");
  Marking m;
  if (StartsWithNoCase(s, "TLP:")) {
    auto tlp = ParseTlp(s);
    if (!tlp) {
      if (s == "TLP:WHITE") return Status::BadInput("TLP:WHITE is TLP 1.0; TLP 2.0 uses TLP:CLEAR");
      return Status::BadInput("not a TLP 2.0 label at " + At(body, s));
    }
    m.scheme = MarkingScheme::kTlp;
    m.tlp = *tlp;
    return m;
  }
  std::vector<std::string_view> segments = Split(s, "//");
  std::string_view level_word = Trim(segments[0]);
  auto level = ParseClassLevel(level_word);
  if (!level) return Status::BadInput("unknown classification level at " + At(body, segments[0]));
  m.scheme = MarkingScheme::kUs;
  m.level = *level;
  for (size_t i = 1; i < segments.size(); ++i) {
    if (Trim(segments[i]).empty()) {
      return Status::BadInput("empty control block at " + At(body, segments[i]));
    }
    for (std::string_view item : Split(segments[i], "/")) {
      TL_RETURN_IF_ERROR(ParseControl(body, item, &m));
    }
  }
  if (m.noforn && !m.rel_to.empty()) return Status::BadInput("NOFORN contradicts REL TO");
  if (m.noforn && m.display_only) return Status::BadInput("NOFORN contradicts DISPLAY ONLY");
  if (m.fouo && m.level != ClassLevel::kUnclassified) {
    return Status::BadInput("FOUO is only valid with UNCLASSIFIED");
  }
  return m;
}

namespace {

// Skips blanks and one or two Markdown block prefixes.
size_t SkipPrefix(std::string_view p) {
  size_t i = 0;
  for (int round = 0; round < 3; ++round) {
    while (i < p.size() && IsBlank(p[i])) ++i;
    if (i >= p.size()) return i;
    size_t j = i;
    char c = p[i];
    if (c == '#') {
      while (j < p.size() && p[j] == '#') ++j;
      if (j < p.size() && IsBlank(p[j])) { i = j; continue; }
    } else if (c == '-' || c == '*' || c == '+') {
      if (j + 1 < p.size() && IsBlank(p[j + 1])) { i = j + 1; continue; }
    } else if (IsDigit(c)) {
      while (j < p.size() && IsDigit(p[j])) ++j;
      if (j + 1 < p.size() && (p[j] == '.' || p[j] == ')') && IsBlank(p[j + 1])) {
        i = j + 1;
        continue;
      }
    } else if (c == '>' || c == '|') {
      i = j + 1;
      continue;
    }
    break;
  }
  return i;
}

MarkScan Unparseable(size_t b, size_t e, std::string reason) {
  MarkScan s;
  s.state = MarkScan::State::kUnparseable;
  s.begin = b;
  s.end = e;
  s.reason = std::move(reason);
  return s;
}

MarkScan FromParse(size_t b, size_t e, Result<Marking> r) {
  if (!r.ok()) return Unparseable(b, e, r.status().message());
  MarkScan s;
  s.state = MarkScan::State::kMarked;
  s.begin = b;
  s.end = e;
  s.marking = std::move(r).value();
  return s;
}

bool IsLabelText(std::string_view s) {
  if (s.size() < 2) return false;
  bool letter = false;
  for (char c : s) {
    if (IsUpper(c)) letter = true;
    else if (!(IsDigit(c) || c == '-' || c == '_' || c == '+')) return false;
  }
  return letter;
}

// A parenthesized body is a mark candidate when its first "//" block is a
// level word, it starts with "TLP:", or it contains "//" not preceded by ':'.
bool IsParenCandidate(std::string_view body) {
  if (StartsWithNoCase(Trim(body), "TLP:")) return true;
  size_t dbl = body.find("//");
  if (ParseClassLevel(Trim(body.substr(0, dbl)))) return true;
  while (dbl != std::string_view::npos) {
    if (dbl == 0 || body[dbl - 1] != ':') return true;
    dbl = body.find("//", dbl + 2);
  }
  return false;
}

}  // namespace

MarkScan FindPortionMark(std::string_view portion, const MarkingOptions& options) {
  size_t i = SkipPrefix(portion);
  if (i >= portion.size()) return {};
  std::string_view rest = portion.substr(i);
  size_t limit = std::min(rest.size(), options.max_mark_bytes + 2);
  char open = rest[0];
  if (open == '(' || open == '[') {
    char close = open == '(' ? ')' : ']';
    std::string_view window = rest.substr(0, limit);
    size_t stop = window.find_first_of(open == '(' ? ")\n" : "]\n", 1);
    bool closed = stop != std::string_view::npos && window[stop] == close;
    size_t c = closed ? stop : std::string_view::npos;
    std::string_view body = rest.substr(1, (stop == std::string_view::npos ? window.size() : stop) - 1);
    if (open == '(') {
      if (!IsParenCandidate(body)) return {};
      if (!closed) return Unparseable(i, i + 1 + body.size(), "mark has no closing parenthesis");
      return FromParse(i, i + c + 1, ParseMarking(body));
    }
    bool tlp = StartsWithNoCase(body, "TLP:");
    if (!tlp && options.custom_labels.empty()) return {};
    if (!closed) {
      if (tlp || IsLabelText(body.substr(0, body.find(' ')))) {
        return Unparseable(i, i + 1 + body.size(), "label has no closing bracket");
      }
      return {};
    }
    if (tlp) return FromParse(i, i + c + 1, ParseMarking(body));
    const auto& labels = options.custom_labels;
    if (std::find(labels.begin(), labels.end(), body) != labels.end()) {
      MarkScan s;
      s.state = MarkScan::State::kMarked;
      s.begin = i;
      s.end = i + c + 1;
      s.marking.scheme = MarkingScheme::kCustom;
      s.marking.custom_label = std::string(body);
      return s;
    }
    if (IsLabelText(body)) return Unparseable(i, i + c + 1, "label is not a custom label of the policy");
    return {};
  }
  if (StartsWithNoCase(rest, "TLP:")) {
    size_t e = 4;
    while (e < limit && (IsAlnum(rest[e]) || rest[e] == '+')) ++e;
    return FromParse(i, i + e, ParseMarking(rest.substr(0, e)));
  }
  return {};
}

std::optional<Finding> MarkingFinding(const MarkScan& scan, size_t base) {
  if (scan.state == MarkScan::State::kUnmarked || scan.end <= scan.begin) return std::nullopt;
  Finding f;
  f.begin = base + scan.begin;
  f.end = base + scan.end;
  f.kind = Kind::kMarking;
  f.subkind = scan.marked() ? "" : "UNPARSEABLE";
  f.confidence = 1.0f;
  f.detector = "marking";
  return f;
}

std::vector<Banner> FindBanners(std::string_view text) {
  std::vector<Banner> out;
  size_t line_start = 0;
  for (size_t line = 0; line_start <= text.size(); ++line) {
    size_t nl = text.find('\n', line_start);
    size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view raw = text.substr(line_start, line_end - line_start);
    std::string_view c = Trim(raw);
    if (!c.empty()) {
      size_t b = line_start + static_cast<size_t>(c.data() - raw.data());
      bool is_banner = false;
      if (StartsWithNoCase(c, "TLP:")) {
        is_banner = c.find(' ') == std::string_view::npos;
      } else if (c.find("//") != std::string_view::npos) {
        is_banner = ParseClassLevel(Trim(c.substr(0, c.find("//")))).has_value();
      } else if (auto level = ParseClassLevel(c)) {
        is_banner = c == ClassLevelName(*level);  // long form only
      }
      if (is_banner) {
        Banner banner;
        banner.line = line;
        banner.begin = b;
        banner.end = b + c.size();
        banner.scan = FromParse(b, b + c.size(), ParseMarking(c));
        out.push_back(std::move(banner));
      }
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return out;
}

}  // namespace tearline

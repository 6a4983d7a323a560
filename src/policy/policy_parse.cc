// The policy parser (tearline/policy.h, doc/policy.md).
//
// Structure: every table of the format is a row in a registry (kTopLevel and
// the per-table field lists below) that maps a key to a handler. A handler
// checks one value and stores it in the Policy, reporting problems to the
// Ctx; parsing never stops at the first problem. Cross-field rules run once
// every table is read (CheckCrossRules). To add a table: write its handlers,
// add a field list and one row to kTopLevel.
#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>
#include <span>
#include <toml++/toml.h>

#include "policy_internal.h"
#include "policy_records.h"
#include "tearline/keys.h"
#include "tearline/policy.h"

namespace tearline {
namespace {

using policy_text::Quote;
using policy_text::TypeName;

struct Ctx {
  std::string file;
  std::vector<PolicyDiagnostic> diags;
  // Where settings were made, for the cross-field rules.
  std::array<std::optional<toml::source_region>, kNumKinds> action_at;
  std::array<bool, kNumKinds> threshold_set{};
  bool recipient_seen = false;
  bool block_set = false;
  std::array<std::optional<toml::source_region>, kNumKinds> block_at;
  std::optional<toml::source_region> verify_threshold_at;

  void Error(const toml::source_region& at, std::string message) {
    diags.push_back({file, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column), std::move(message)});
  }
  void Error(std::string message) { diags.push_back({file, 0, 0, std::move(message)}); }
};

using Handler = void (*)(Ctx&, const toml::node&, Policy&);
struct Field {
  std::string_view key;
  Handler parse;
};

// Quotes a user-written token for a message: at most 40 bytes, printable ASCII
// only. Used for keys and enum-like words, never for free text such as terms.

bool HasLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char ch) {
    auto u = static_cast<unsigned char>(ch);
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0xC0;
  });
}


const std::string* AsString(Ctx& c, const toml::node& n, std::string_view what) {
  if (const auto* s = n.as_string()) return &s->get();
  c.Error(n.source(), std::string(what) + " must be a string, not " + std::string(TypeName(n)));
  return nullptr;
}

// A number in [0, 1] (integers 0 and 1 accepted).
std::optional<float> AsUnit(Ctx& c, const toml::node& n, std::string_view what) {
  double v;
  if (const auto* f = n.as_floating_point()) {
    v = f->get();
  } else if (const auto* i = n.as_integer()) {
    v = static_cast<double>(i->get());
  } else {
    c.Error(n.source(), std::string(what) + " must be a number in [0, 1], not " + std::string(TypeName(n)));
    return std::nullopt;
  }
  if (!(v >= 0.0 && v <= 1.0)) {
    c.Error(n.source(), std::string(what) + " must be in [0, 1]");
    return std::nullopt;
  }
  return static_cast<float>(v);
}

// Runs the handler of each key of table `n` from `fields`; unknown keys are errors.
void ParseFields(Ctx& c, const toml::node& n, std::string_view table, std::span<const Field> fields, Policy& p) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), "[" + std::string(table) + "] must be a table, not " + std::string(TypeName(n)));
    return;
  }
  for (auto&& [key, value] : *t) {
    std::string_view name = key.str();  // not captured as `key`: clang before 16 cannot capture a structured binding
    auto it = std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.key == name; });
    if (it == fields.end()) {
      std::string known;
      for (const Field& f : fields) known += (known.empty() ? "" : ", ") + std::string(f.key);
      c.Error(key.source(), "unknown key " + Quote(key.str()) + " in [" + std::string(table) + "] (known: " + known + ")");
      continue;
    }
    it->parse(c, value, p);
  }
}

// ---- top-level scalars ----

void ParseRecipient(Ctx& c, const toml::node& n, Policy& p) {
  c.recipient_seen = true;
  const std::string* s = AsString(c, n, "recipient");
  if (!s) return;
  if (!IsValidRecipientName(*s)) {
    c.Error(n.source(), "recipient must be 1-64 characters of [A-Za-z0-9._-], not starting with '.'");
    return;
  }
  p.recipient = *s;
}

void ParseDescription(Ctx& c, const toml::node& n, Policy& p) {
  if (const std::string* s = AsString(c, n, "description")) p.description = *s;
}

// ---- [actions] ----

void ParseOneAction(Ctx& c, Kind kind, const toml::node& n, Policy& p) {
  const std::string kname(KindName(kind));
  Action action;
  if (const auto* s = n.as_string()) {
    const std::string& v = s->get();
    if (v == "keep") action.type = ActionType::kKeep;
    else if (v == "label") action.type = ActionType::kLabel;
    else if (v == "pseudonym") action.type = ActionType::kPseudonym;
    else if (v == "redact") action.type = ActionType::kRedact;
    else if (v == "drop_portion") action.type = ActionType::kDropPortion;
    else if (v == "generalize") {
      c.Error(n.source(), "generalize needs a level: " + kname + " = { generalize = \"...\" }");
      return;
    } else {
      c.Error(n.source(), "unknown action " + Quote(v) + " for " + kname +
                              " (keep, label, pseudonym, redact, drop_portion or { generalize = \"...\" })");
      return;
    }
  } else if (const auto* t = n.as_table()) {
    bool have_level = false;
    bool valid = true;
    for (auto&& [key, value] : *t) {
      if (key.str() != "generalize") {
        c.Error(key.source(), "unknown key " + Quote(key.str()) + " in the action of " + kname + " (known: generalize)");
        valid = false;
        continue;
      }
      const std::string* level = AsString(c, value, "generalize level of " + kname);
      if (!level) {
        valid = false;
        continue;
      }
      std::string error;
      if (!ParseGeneralizeLevel(kind, *level, &action, &error)) {
        c.Error(value.source(), error);
        valid = false;
        continue;
      }
      have_level = true;
    }
    if (!valid) return;
    if (!have_level) {
      c.Error(n.source(), "the action of " + kname + " is a table without 'generalize'");
      return;
    }
  } else {
    c.Error(n.source(), "the action of " + kname + " must be a string or { generalize = \"...\" }, not " +
                            std::string(TypeName(n)));
    return;
  }
  if (kind == Kind::kProtected && action.type != ActionType::kRedact && action.type != ActionType::kDropPortion) {
    c.Error(n.source(), "PROTECTED must be redact or drop_portion, not " + std::string(ActionName(action.type)));
    return;
  }
  p.actions[static_cast<size_t>(kind)] = action;
  c.action_at[static_cast<size_t>(kind)] = n.source();
}

void ParseActions(Ctx& c, const toml::node& n, Policy& p) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), "[actions] must be a table, not " + std::string(TypeName(n)));
    return;
  }
  for (auto&& [key, value] : *t) {
    std::optional<Kind> kind = ParseKind(key.str());
    if (!kind) {
      c.Error(key.source(), "unknown kind " + Quote(key.str()) + " in [actions]");
      continue;
    }
    ParseOneAction(c, *kind, value, p);
  }
}

// ---- [thresholds] ----

void ParseThresholds(Ctx& c, const toml::node& n, Policy& p) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), "[thresholds] must be a table, not " + std::string(TypeName(n)));
    return;
  }
  for (auto&& [key, value] : *t) {
    if (key.str() == "default") {
      if (auto v = AsUnit(c, value, "thresholds.default")) p.default_threshold = *v;
      continue;
    }
    std::optional<Kind> kind = ParseKind(key.str());
    if (!kind) {
      c.Error(key.source(), "unknown kind " + Quote(key.str()) + " in [thresholds] (a kind or 'default')");
      continue;
    }
    if (auto v = AsUnit(c, value, "thresholds." + std::string(key.str()))) {
      p.thresholds[static_cast<size_t>(*kind)] = *v;
      c.threshold_set[static_cast<size_t>(*kind)] = true;
    }
  }
}

// ---- [redact] ----

void ParseMask(Ctx& c, const toml::node& n, Policy& p) {
  const std::string* s = AsString(c, n, "redact.mask");
  if (!s) return;
  bool control = std::any_of(s->begin(), s->end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f; });
  if (s->empty() || s->size() > 256 || control) {
    c.Error(n.source(), "redact.mask must be 1-256 bytes without control characters");
    return;
  }
  p.mask = *s;
}
constexpr Field kRedactFields[] = {{"mask", ParseMask}};

// ---- [allow] ----

void ParseAllowTerms(Ctx& c, const toml::node& n, Policy& p) {
  const toml::array* a = n.as_array();
  if (!a) {
    c.Error(n.source(), "allow.terms must be an array of strings, not " + std::string(TypeName(n)));
    return;
  }
  for (const toml::node& e : *a) {
    const auto* s = e.as_string();
    if (!s) {
      c.Error(e.source(), "allow.terms must hold strings, not " + std::string(TypeName(e)));
      continue;
    }
    const std::string& term = s->get();
    bool blank = std::all_of(term.begin(), term.end(), [](char ch) { return ch == ' ' || ch == '\t'; });
    if (blank || term.size() > 256) {
      c.Error(e.source(), "an allow term must be 1-256 bytes and not blank");
      continue;
    }
    if (std::find(p.allow_terms.begin(), p.allow_terms.end(), term) == p.allow_terms.end()) p.allow_terms.push_back(term);
  }
}
constexpr Field kAllowFields[] = {{"terms", ParseAllowTerms}};

// ---- [verify] ----

void ParseVerifyBlock(Ctx& c, const toml::node& n, Policy& p) {
  c.block_set = true;
  const toml::array* a = n.as_array();
  if (!a) {
    c.Error(n.source(), "verify.block must be an array of kind names, not " + std::string(TypeName(n)));
    return;
  }
  for (const toml::node& e : *a) {
    const std::string* s = AsString(c, e, "an entry of verify.block");
    if (!s) continue;
    std::optional<Kind> kind = ParseKind(*s);
    if (!kind) {
      c.Error(e.source(), "unknown kind " + Quote(*s) + " in verify.block");
      continue;
    }
    if (!c.block_at[static_cast<size_t>(*kind)]) c.block_at[static_cast<size_t>(*kind)] = e.source();
  }
}

void ParseVerifyThreshold(Ctx& c, const toml::node& n, Policy& p) {
  if (auto v = AsUnit(c, n, "verify.threshold")) {
    p.verify_threshold = *v;
    c.verify_threshold_at = n.source();
  }
}
constexpr Field kVerifyFields[] = {{"block", ParseVerifyBlock}, {"threshold", ParseVerifyThreshold}};

// ---- [protect] ----

void ParseProtectNames(Ctx& c, const toml::node& n, Policy& p) {
  const toml::array* a = n.as_array();
  if (!a) {
    c.Error(n.source(), "protect.names must be an array of strings, not " + std::string(TypeName(n)));
    return;
  }
  for (const toml::node& e : *a) {
    const auto* s = e.as_string();
    if (!s || !HasLetter(s->get())) {
      c.Error(e.source(), "protect.names must hold names (strings with letters)");
      continue;
    }
    p.protected_names.push_back(s->get());
  }
}

void ParseProtectFile(Ctx& c, const toml::node& n, Policy& p) {
  const std::string* s = AsString(c, n, "protect.file");
  if (!s) return;
  std::string path = *s;
  if (!path.empty() && path[0] != '/') {
    size_t slash = c.file.rfind('/');
    if (slash != std::string::npos) path = c.file.substr(0, slash + 1) + path;
  }
  p.protect_file = path;
  std::vector<std::string> names;
  std::string error;
  if (!ReadNameList(path, &names, &error)) {
    c.Error(n.source(), error);
    return;
  }
  p.protected_names.insert(p.protected_names.end(), names.begin(), names.end());
}
constexpr Field kProtectFields[] = {{"names", ParseProtectNames}, {"file", ParseProtectFile}};

// ---- [markings] ----

std::optional<bool> AsBool(Ctx& c, const toml::node& n, std::string_view what) {
  if (const auto* b = n.as_boolean()) return b->get();
  c.Error(n.source(), std::string(what) + " must be true or false, not " + std::string(TypeName(n)));
  return std::nullopt;
}

// A country trigraph or a tetragraph: 3-4 upper-case ASCII letters.
bool IsCountryCode(std::string_view s) {
  if (s.size() < 3 || s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

std::vector<std::string> AsCodeList(Ctx& c, const toml::node& n, std::string_view what) {
  std::vector<std::string> codes;
  const toml::array* a = n.as_array();
  if (!a) {
    c.Error(n.source(), std::string(what) + " must be an array of country codes, not " + std::string(TypeName(n)));
    return codes;
  }
  for (const toml::node& e : *a) {
    const auto* s = e.as_string();
    if (!s || !IsCountryCode(s->get())) {
      c.Error(e.source(), std::string(what) + " must hold trigraphs or tetragraphs such as \"AFG\" or \"NATO\"");
      continue;
    }
    codes.push_back(s->get());
  }
  return codes;
}

void ParseReleasableTo(Ctx& c, const toml::node& n, Policy& p) {
  p.markings.releasable_to = AsCodeList(c, n, "markings.releasable_to");
}
void ParseForeign(Ctx& c, const toml::node& n, Policy& p) {
  if (auto b = AsBool(c, n, "markings.foreign")) p.markings.foreign = *b;
}
void ParseOrcon(Ctx& c, const toml::node& n, Policy& p) {
  if (auto b = AsBool(c, n, "markings.orcon_approved")) p.markings.orcon_approved = *b;
}
void ParseUnmarked(Ctx& c, const toml::node& n, Policy& p) {
  const std::string* s = AsString(c, n, "markings.unmarked");
  if (!s) return;
  if (*s == "withhold") p.markings.unmarked = UnmarkedRule::kWithhold;
  else if (*s == "unclassified") p.markings.unmarked = UnmarkedRule::kUnclassified;
  else c.Error(n.source(), "markings.unmarked must be \"withhold\" or \"unclassified\"");
}
void ParseMaxLevel(Ctx& c, const toml::node& n, Policy& p) {
  const std::string* s = AsString(c, n, "markings.max_level");
  if (!s) return;
  if (auto level = ParseClassLevel(*s)) p.markings.max_level = *level;
  else c.Error(n.source(), "markings.max_level must be UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET (or U, C, S, TS)");
}
void ParseTlpMax(Ctx& c, const toml::node& n, Policy& p) {
  const std::string* s = AsString(c, n, "markings.tlp_max");
  if (!s) return;
  auto tlp = ParseTlp(*s);
  if (!tlp || *tlp == Tlp::kRed) {
    c.Error(n.source(), "markings.tlp_max must be CLEAR, GREEN, AMBER or AMBER+STRICT (TLP:RED never passes)");
    return;
  }
  p.markings.tlp_max = *tlp;
}
void ParseCustom(Ctx& c, const toml::node& n, Policy& p) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), "markings.custom must be a table of label = \"release\" | \"withhold\"");
    return;
  }
  for (auto&& [key, value] : *t) {
    const std::string* s = AsString(c, value, "markings.custom." + std::string(key.str()));
    if (!s) continue;
    if (*s != "release" && *s != "withhold") {
      c.Error(value.source(), "a custom marking label must map to \"release\" or \"withhold\"");
      continue;
    }
    p.markings.custom[std::string(key.str())] = *s == "release";
  }
}
void ParseTetragraphs(Ctx& c, const toml::node& n, Policy& p) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), "markings.tetragraphs must be a table of NAME = [\"USA\", ...]");
    return;
  }
  for (auto&& [key, value] : *t) {
    if (!IsCountryCode(key.str())) {
      c.Error(key.source(), "a tetragraph name must be 3-4 upper-case letters");
      continue;
    }
    p.markings.tetragraphs[std::string(key.str())] = AsCodeList(c, value, "markings.tetragraphs." + std::string(key.str()));
  }
}
void ParseBanner(Ctx& c, const toml::node& n, Policy& p) {
  const std::string* s = AsString(c, n, "markings.banner");
  if (!s) return;
  bool control = std::any_of(s->begin(), s->end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20; });
  if (s->empty() || control) {
    c.Error(n.source(), "markings.banner must be one non-empty line");
    return;
  }
  p.markings.fixed_banner = *s;
}
constexpr Field kMarkingFields[] = {
    {"releasable_to", ParseReleasableTo}, {"foreign", ParseForeign},   {"orcon_approved", ParseOrcon},
    {"unmarked", ParseUnmarked},          {"max_level", ParseMaxLevel}, {"tlp_max", ParseTlpMax},
    {"custom", ParseCustom},              {"tetragraphs", ParseTetragraphs}, {"banner", ParseBanner},
};

// ---- the registry of top-level keys ----

constexpr Field kTopLevel[] = {
    {"recipient", ParseRecipient},
    {"description", ParseDescription},
    {"actions", ParseActions},
    {"thresholds", ParseThresholds},
    {"redact", [](Ctx& c, const toml::node& n, Policy& p) { ParseFields(c, n, "redact", kRedactFields, p); }},
    {"allow", [](Ctx& c, const toml::node& n, Policy& p) { ParseFields(c, n, "allow", kAllowFields, p); }},
    {"verify", [](Ctx& c, const toml::node& n, Policy& p) { ParseFields(c, n, "verify", kVerifyFields, p); }},
    {"protect", [](Ctx& c, const toml::node& n, Policy& p) { ParseFields(c, n, "protect", kProtectFields, p); }},
    {"markings",
     [](Ctx& c, const toml::node& n, Policy& p) {
       p.markings_configured = true;
       p.markings = RecipientMarkings{};
       ParseFields(c, n, "markings", kMarkingFields, p);
     }},
    {"records", [](Ctx& c, const toml::node& n, Policy& p) { ParseRecordsTable(n, c.file, &p.records, &c.diags); }},
};

// The verify.block used when the policy does not set one.
constexpr Kind kDefaultBlock[] = {Kind::kPerson, Kind::kPhone, Kind::kEmail, Kind::kId, Kind::kProtected};  // enum order

// Resolves defaults and checks the rules that involve more than one setting.
void CheckCrossRules(Ctx& c, Policy& p) {
  if (!c.recipient_seen) c.Error("missing required key 'recipient'");
  for (int i = 0; i < kNumKinds; ++i)
    if (!c.threshold_set[i]) p.thresholds[i] = p.default_threshold;

  p.verify_block.clear();
  if (c.block_set) {
    for (Kind k : AllKinds())
      if (c.block_at[static_cast<size_t>(k)]) p.verify_block.push_back(k);
  } else {
    for (Kind k : kDefaultBlock)
      if (p.ActionFor(k).type != ActionType::kKeep) p.verify_block.push_back(k);
  }

  for (Kind k : p.verify_block) {
    const size_t i = static_cast<size_t>(k);
    const std::string kname(KindName(k));
    if (p.actions[i].type == ActionType::kKeep && c.block_at[i]) {
      c.Error(*c.block_at[i], kname + " is kept by [actions] and blocked by verify.block: every release "
                                      "containing one would be blocked");
    }
    if (p.verify_threshold > p.thresholds[i]) {
      std::string msg = "verify.threshold is greater than the threshold of " + kname +
                        ", which verify.block guards (the leak check must look at least as hard as the transform)";
      if (c.verify_threshold_at) c.Error(*c.verify_threshold_at, msg);
      else if (c.block_at[i]) c.Error(*c.block_at[i], msg);
      else c.Error(msg);
    }
  }
}

// Parses into *p and returns every diagnostic.
std::vector<PolicyDiagnostic> ParseInto(std::string_view text, std::string_view source_name, Policy* p) {
  Ctx c;
  c.file = std::string(source_name);
  p->source = c.file;
  // Without a [markings] table: unmarked and (U) pass, TLP:CLEAR passes, every
  // other marking is withheld (no recipient codes). The table resets these
  // to the stricter defaults of RecipientMarkings before its keys apply.
  p->markings.unmarked = UnmarkedRule::kUnclassified;
  p->markings.tlp_max = Tlp::kClear;
  try {
    toml::table root = toml::parse(text, source_name);
    for (auto&& [key, value] : root) {
      std::string_view name = key.str();  // not captured as `key`: see ParseFields
      auto it = std::find_if(std::begin(kTopLevel), std::end(kTopLevel),
                             [&](const Field& f) { return f.key == name; });
      if (it == std::end(kTopLevel)) {
        c.Error(key.source(), "unknown key " + Quote(key.str()) + " at the top level");
        continue;
      }
      it->parse(c, value, *p);
    }
    CheckCrossRules(c, *p);
  } catch (const toml::parse_error& e) {
    const auto& at = e.source();
    c.diags.push_back({c.file, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column),
                       "TOML syntax error: " + std::string(e.description())});
  } catch (const std::exception& e) {
    c.Error(std::string("cannot parse policy: ") + e.what());
  }
  std::stable_sort(c.diags.begin(), c.diags.end(), [](const PolicyDiagnostic& a, const PolicyDiagnostic& b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
  });
  return c.diags;
}

}  // namespace

Result<Policy> ParsePolicy(std::string_view toml_text, std::string_view source_name) {
  Policy p;
  std::vector<PolicyDiagnostic> diags = ParseInto(toml_text, source_name, &p);
  if (!diags.empty()) {
    std::string msg;
    for (const PolicyDiagnostic& d : diags) msg += (msg.empty() ? "" : "\n") + d.ToString();
    return Status::PolicyError(std::move(msg));
  }
  p.fingerprint = Sha256Hex(CanonicalPolicy(p));
  return p;
}

std::vector<PolicyDiagnostic> CheckPolicy(std::string_view toml_text, std::string_view source_name) {
  Policy p;
  return ParseInto(toml_text, source_name, &p);
}

}  // namespace tearline

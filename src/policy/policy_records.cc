// The [records] table of a policy (policy_records.h, doc/policy.md).
//
// The keys are read in a fixed order, whatever their order in the file:
// hierarchies first (rules and quasi-identifiers refer to them), then the
// field rules, the quasi-identifiers, the gate settings and the aggregate.
#include "policy_records.h"
#include "policy_internal.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "tearline/file.h"
#include "tearline/keys.h"

namespace tearline {
namespace {

using policy_text::Escape;
using policy_text::Num;
using policy_text::Quote;
using policy_text::TypeName;

struct RCtx {
  std::string file;
  std::vector<PolicyDiagnostic>* diags;
  void Error(const toml::source_region& at, std::string message) {
    diags->push_back({file, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column), std::move(message)});
  }
};

// A user-written key for a message: at most 40 bytes of printable ASCII.




// A field name: a CSV column, or a JSON pointer when it starts with '/'.
bool CheckFieldName(RCtx& c, const toml::source_region& at, std::string_view name) {
  if (name.empty()) {
    c.Error(at, "a field name may not be empty");
    return false;
  }
  if (name[0] == '/') {
    Status s = ValidateJsonPointer(name);
    if (!s.ok()) {
      c.Error(at, "field " + Quote(name) + " is not a valid JSON pointer");
      return false;
    }
  }
  return true;
}

std::optional<double> AsNumber(RCtx& c, const toml::node& n, std::string_view what) {
  if (const auto* f = n.as_floating_point()) return f->get();
  if (const auto* i = n.as_integer()) return static_cast<double>(i->get());
  c.Error(n.source(), std::string(what) + " must be a number, not " + std::string(TypeName(n)));
  return std::nullopt;
}

std::optional<int64_t> AsCount(RCtx& c, const toml::node& n, std::string_view what) {
  const auto* i = n.as_integer();
  if (!i || i->get() < 1 || i->get() > 1000000) {
    c.Error(n.source(), std::string(what) + " must be an integer from 1 to 1000000");
    return std::nullopt;
  }
  return i->get();
}

std::optional<bool> AsBool(RCtx& c, const toml::node& n, std::string_view what) {
  if (const auto* b = n.as_boolean()) return b->get();
  c.Error(n.source(), std::string(what) + " must be true or false, not " + std::string(TypeName(n)));
  return std::nullopt;
}

// Directory of the policy file, with a trailing '/', or "".
std::string DirOf(const std::string& file) {
  size_t slash = file.rfind('/');
  return slash == std::string::npos ? std::string() : file.substr(0, slash + 1);
}

// ---- [records.hierarchies] ----

std::optional<HierarchySpec> BuiltinSpec(std::string_view text) {
  HierarchySpec h;
  std::string name = text == "age" ? "age:5,10,20" : std::string(text);
  auto built = BuiltinHierarchy(name);
  if (!built.ok()) return std::nullopt;
  h.hierarchy = *built;
  h.canonical = h.hierarchy->name();
  if (name == "date") {
    h.level_names = {"week", "month", "year"};
  } else if (name.rfind("age:", 0) == 0) {
    std::string rest = name.substr(4);
    size_t pos = 0;
    while (pos <= rest.size()) {
      size_t comma = rest.find(',', pos);
      h.level_names.push_back(rest.substr(pos, comma - pos) + "y");
      if (comma == std::string::npos) break;
      pos = comma + 1;
    }
  }
  return h;
}

std::optional<HierarchySpec> TableSpec(RCtx& c, const toml::table& t) {
  std::string path;
  bool header = true;
  bool ok = true;
  const toml::node* file_node = nullptr;
  for (auto&& [key, value] : t) {
    if (key.str() == "file") {
      file_node = &value;
      if (const auto* s = value.as_string()) path = s->get();
      else {
        c.Error(value.source(), std::string("a hierarchy file must be a string, not ") + std::string(TypeName(value)));
        ok = false;
      }
    } else if (key.str() == "header") {
      if (auto b = AsBool(c, value, "header")) header = *b;
      else ok = false;
    } else {
      c.Error(key.source(), "unknown key " + Quote(key.str()) + " in a hierarchy (known: file, header)");
      ok = false;
    }
  }
  if (!file_node) {
    c.Error(t.source(), "a hierarchy table needs file = \"...\"");
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  std::string resolved = !path.empty() && path[0] == '/' ? path : DirOf(c.file) + path;
  auto text = ReadFile(resolved, 64u << 20);
  if (!text.ok()) {
    c.Error(file_node->source(), "cannot read hierarchy file: " + text.status().message());
    return std::nullopt;
  }
  std::string stem = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  stem = stem.substr(0, stem.rfind('.'));
  auto h = TableHierarchy(*text, stem, header);
  if (!h.ok()) {
    c.Error(file_node->source(), h.status().message());
    return std::nullopt;
  }
  HierarchySpec spec;
  spec.hierarchy = *h;
  spec.canonical = spec.hierarchy->name() + " header=" + (header ? "true" : "false") + " sha256=" + Sha256Hex(*text);
  if (header) {
    auto csv = ParseCsv(*text);
    if (csv.ok())
      for (size_t i = 1; i < csv->columns.size(); ++i) spec.level_names.push_back(csv->columns[i]);
  }
  return spec;
}

void ParseHierarchies(RCtx& c, const toml::node& n, RecordsPolicy& r) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), std::string("[records.hierarchies] must be a table, not ") + std::string(TypeName(n)));
    return;
  }
  for (auto&& [key, value] : *t) {
    if (!CheckFieldName(c, key.source(), key.str())) continue;
    std::optional<HierarchySpec> spec;
    if (const auto* s = value.as_string()) {
      spec = BuiltinSpec(s->get());
      if (!spec)
        c.Error(value.source(), "unknown hierarchy " + Quote(s->get()) +
                                    " (age, age:5,10,20 with increasing multiples, date, suppress, or { file = \"...\" })");
    } else if (const auto* tt = value.as_table()) {
      spec = TableSpec(c, *tt);
    } else {
      c.Error(value.source(), std::string("a hierarchy must be a string or { file = \"...\" }, not ") + std::string(TypeName(value)));
    }
    if (!spec) continue;
    spec->field = std::string(key.str());
    r.hierarchies.push_back(std::move(*spec));
  }
}

// ---- [records.fields] ----

// Resolves `{ generalize = level }` for `field` into rule->hierarchy/level.
bool ResolveGeneralize(RCtx& c, const toml::node& level, const RecordsPolicy& r, FieldRule* rule) {
  const HierarchySpec* spec = r.HierarchyFor(rule->field);
  std::shared_ptr<const Hierarchy> h = spec ? spec->hierarchy : nullptr;
  if (const auto* i = level.as_integer()) {
    if (!h) {
      c.Error(level.source(), "a numeric generalize level needs a hierarchy for " + Quote(rule->field) +
                                  " in [records.hierarchies]");
      return false;
    }
    if (i->get() < 1 || i->get() > h->height()) {
      c.Error(level.source(), "generalize level of " + Quote(rule->field) + " must be 1.." + std::to_string(h->height()));
      return false;
    }
    rule->hierarchy = h;
    rule->level = static_cast<int>(i->get());
    return true;
  }
  const auto* s = level.as_string();
  if (!s) {
    c.Error(level.source(), std::string("a generalize level must be a name or a number, not ") + std::string(TypeName(level)));
    return false;
  }
  const std::string& name = s->get();
  if (!spec) {
    // No hierarchy named for the field: "<N>y" is an age band, week/month/year a date level.
    std::optional<HierarchySpec> implicit;
    if (name.size() > 1 && name.back() == 'y') implicit = BuiltinSpec("age:" + name.substr(0, name.size() - 1));
    else if (name == "week" || name == "month" || name == "year") implicit = BuiltinSpec("date");
    if (!implicit) {
      c.Error(level.source(), "unknown generalize level " + Quote(name) + " for " + Quote(rule->field) +
                                  " (<N>y for ages, week, month or year for dates, or name a hierarchy in "
                                  "[records.hierarchies])");
      return false;
    }
    auto it = std::find(implicit->level_names.begin(), implicit->level_names.end(), name);
    rule->hierarchy = implicit->hierarchy;
    rule->level = static_cast<int>(it - implicit->level_names.begin()) + 1;
    return true;
  }
  auto it = std::find(spec->level_names.begin(), spec->level_names.end(), name);
  if (it == spec->level_names.end()) {
    std::string known;
    for (const std::string& l : spec->level_names) known += (known.empty() ? "" : ", ") + l;
    c.Error(level.source(), "hierarchy " + spec->hierarchy->name() + " of " + Quote(rule->field) + " has no level " +
                                Quote(name) + (known.empty() ? " (use a number)" : " (known: " + known + ")"));
    return false;
  }
  rule->hierarchy = h;
  rule->level = static_cast<int>(it - spec->level_names.begin()) + 1;
  return true;
}

void ParseFieldRules(RCtx& c, const toml::node& n, RecordsPolicy& r) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), std::string("[records.fields] must be a table, not ") + std::string(TypeName(n)));
    return;
  }
  const char* kActions = "keep, redact, pseudonym, drop, text, { generalize = level } or { pseudonym = \"domain\" }";
  for (auto&& [key, value] : *t) {
    if (!CheckFieldName(c, key.source(), key.str())) continue;
    FieldRule rule;
    rule.field = std::string(key.str());
    if (const auto* s = value.as_string()) {
      const std::string& v = s->get();
      if (v == "keep") rule.action = FieldActionType::kKeep;
      else if (v == "redact") rule.action = FieldActionType::kRedact;
      else if (v == "pseudonym") rule.action = FieldActionType::kPseudonym;
      else if (v == "drop") rule.action = FieldActionType::kDrop;
      else if (v == "text") rule.action = FieldActionType::kText;
      else if (v == "generalize") {
        c.Error(value.source(), "generalize needs a level: " + std::string(key.str()) + " = { generalize = \"...\" }");
        continue;
      } else {
        c.Error(value.source(), "unknown action " + Quote(v) + " for field " + Quote(key.str()) + " (" + kActions + ")");
        continue;
      }
    } else if (const auto* tt = value.as_table()) {
      if (tt->size() != 1) {
        c.Error(value.source(), "the action of field " + Quote(key.str()) + " must be one of " + kActions);
        continue;
      }
      auto first = tt->begin();  // the proxy pair lives in the iterator
      auto&& [akey, aval] = *first;
      if (akey.str() == "generalize") {
        rule.action = FieldActionType::kGeneralize;
        if (!ResolveGeneralize(c, aval, r, &rule)) continue;
      } else if (akey.str() == "pseudonym") {
        rule.action = FieldActionType::kPseudonym;
        const auto* d = aval.as_string();
        if (!d || d->get().empty()) {
          c.Error(aval.source(), "a pseudonym domain must be a non-empty string");
          continue;
        }
        rule.pseudonym_domain = d->get();
      } else {
        c.Error(akey.source(), "unknown key " + Quote(akey.str()) + " in the action of field " + Quote(key.str()) +
                                   " (known: generalize, pseudonym)");
        continue;
      }
    } else {
      c.Error(value.source(), "the action of field " + Quote(key.str()) + " must be one of " + kActions + ", not " +
                                  std::string(TypeName(value)));
      continue;
    }
    r.fields.rules.push_back(std::move(rule));
  }
}

// ---- quasi_identifiers, aggregate ----

void ParseQuasiIdentifiers(RCtx& c, const toml::node& n, RecordsPolicy& r) {
  const toml::array* a = n.as_array();
  if (!a) {
    c.Error(n.source(), std::string("records.quasi_identifiers must be an array of field names, not ") + std::string(TypeName(n)));
    return;
  }
  std::set<std::string> seen;
  for (const toml::node& e : *a) {
    const auto* s = e.as_string();
    if (!s) {
      c.Error(e.source(), std::string("records.quasi_identifiers must hold field names, not ") + std::string(TypeName(e)));
      continue;
    }
    const std::string& f = s->get();
    if (!CheckFieldName(c, e.source(), f)) continue;
    if (!seen.insert(f).second) {
      c.Error(e.source(), "quasi-identifier " + Quote(f) + " is listed twice");
      continue;
    }
    if (std::any_of(r.fields.rules.begin(), r.fields.rules.end(), [&](const FieldRule& x) { return x.field == f; })) {
      c.Error(e.source(), "field " + Quote(f) + " is a quasi-identifier and has a rule in [records.fields]; "
                          "the gate decides how a quasi-identifier is generalized");
      continue;
    }
    const HierarchySpec* spec = r.HierarchyFor(f);
    if (!spec) {
      c.Error(e.source(), "quasi-identifier " + Quote(f) + " needs a hierarchy in [records.hierarchies] "
                          "(e.g. \"age:5,10,20\", \"date\", \"suppress\" or { file = \"...\" })");
      continue;
    }
    r.fields.quasi_identifiers.push_back({f, spec->hierarchy});
  }
}

void ParseAggregate(RCtx& c, const toml::node& n, RecordsPolicy& r) {
  const toml::table* t = n.as_table();
  if (!t) {
    c.Error(n.source(), std::string("[records.aggregate] must be a table, not ") + std::string(TypeName(n)));
    return;
  }
  RecordsAggregate agg;
  agg.options.k = r.fields.kanon.k;
  bool by_seen = false;
  for (auto&& [key, value] : *t) {
    std::string_view k = key.str();
    if (k == "by") {
      by_seen = true;
      const toml::array* a = value.as_array();
      if (!a || a->empty() || a->size() > 2) {
        c.Error(value.source(), "records.aggregate.by must name one or two fields (rows, then columns)");
        continue;
      }
      for (const toml::node& e : *a) {
        const auto* s = e.as_string();
        if (!s) {
          c.Error(e.source(), "records.aggregate.by must hold field names");
          continue;
        }
        if (CheckFieldName(c, e.source(), s->get())) agg.by.push_back(s->get());
      }
      if (agg.by.size() == 2 && agg.by[0] == agg.by[1]) c.Error(value.source(), "records.aggregate.by names a field twice");
    } else if (k == "k") {
      if (auto v = AsCount(c, value, "records.aggregate.k")) agg.options.k = static_cast<uint64_t>(*v);
    } else if (k == "suppress_zeros") {
      if (auto b = AsBool(c, value, "records.aggregate.suppress_zeros")) agg.options.suppress_zeros = *b;
    } else if (k == "totals") {
      if (auto b = AsBool(c, value, "records.aggregate.totals")) {
        agg.options.release_row_totals = agg.options.release_col_totals = agg.options.release_grand_total = *b;
      }
    } else {
      c.Error(key.source(), "unknown key " + Quote(k) + " in [records.aggregate] (known: by, k, suppress_zeros, totals)");
    }
  }
  if (!by_seen) {
    c.Error(n.source(), "[records.aggregate] needs by = [\"field\"] or [\"row field\", \"column field\"]");
    return;
  }
  r.aggregate = std::move(agg);
}

}  // namespace

void ParseRecordsTable(const toml::node& node, const std::string& file, std::shared_ptr<const RecordsPolicy>* out,
                       std::vector<PolicyDiagnostic>* diags) {
  RCtx c{file, diags};
  const size_t before = diags->size();
  const toml::table* t = node.as_table();
  if (!t) {
    c.Error(node.source(), std::string("[records] must be a table, not ") + std::string(TypeName(node)));
    return;
  }
  static const char* const kKeys[] = {"unlisted", "fields",   "quasi_identifiers", "hierarchies",
                                      "k",        "max_suppression", "max_risk",   "aggregate"};
  for (auto&& [key, value] : *t) {
    if (std::find(std::begin(kKeys), std::end(kKeys), key.str()) == std::end(kKeys))
      c.Error(key.source(), "unknown key " + Quote(key.str()) +
                                " in [records] (known: unlisted, fields, quasi_identifiers, hierarchies, k, "
                                "max_suppression, max_risk, aggregate)");
  }
  auto r = std::make_shared<RecordsPolicy>();
  if (const toml::node* n = t->get("hierarchies")) ParseHierarchies(c, *n, *r);
  if (const toml::node* n = t->get("fields")) ParseFieldRules(c, *n, *r);
  if (const toml::node* n = t->get("quasi_identifiers")) ParseQuasiIdentifiers(c, *n, *r);
  if (const toml::node* n = t->get("unlisted")) {
    const auto* s = n->as_string();
    if (s && s->get() == "drop") r->fields.keep_unlisted = false;
    else if (s && s->get() == "keep") r->fields.keep_unlisted = true;
    else c.Error(n->source(), "records.unlisted must be \"drop\" or \"keep\"");
  }
  if (const toml::node* n = t->get("k")) {
    if (auto v = AsCount(c, *n, "records.k")) r->fields.kanon.k = static_cast<size_t>(*v);
  }
  if (const toml::node* n = t->get("max_suppression")) {
    if (auto v = AsNumber(c, *n, "records.max_suppression")) {
      if (*v >= 0 && *v < 1) r->fields.kanon.max_suppression = *v;
      else c.Error(n->source(), "records.max_suppression must be in [0, 1)");
    }
  }
  if (const toml::node* n = t->get("max_risk")) {
    if (auto v = AsNumber(c, *n, "records.max_risk")) {
      if (*v > 0 && *v <= 1) r->fields.kanon.max_risk = *v;
      else c.Error(n->source(), "records.max_risk must be in (0, 1]");
    }
  }
  if (const toml::node* n = t->get("aggregate")) {
    if (!r->fields.quasi_identifiers.empty() || t->get("quasi_identifiers"))
      c.Error(n->source(), "[records.aggregate] releases counts, not rows: remove quasi_identifiers, or release "
                           "rows with a second policy");
    else
      ParseAggregate(c, *n, *r);
  }
  if (diags->size() == before) *out = std::move(r);
}

std::string CanonicalRecordsPolicy(const RecordsPolicy& r) {
  std::string out = "records.unlisted=" + std::string(r.fields.keep_unlisted ? "keep" : "drop") + "\n";
  std::vector<std::string> lines;
  for (const HierarchySpec& h : r.hierarchies) lines.push_back("records.hierarchy." + Escape(h.field) + "=" + Escape(h.canonical));
  for (const FieldRule& f : r.fields.rules) {
    std::string a(FieldActionName(f.action));
    if (f.action == FieldActionType::kGeneralize) a += ":" + f.hierarchy->name() + ":" + std::to_string(f.level);
    if (!f.pseudonym_domain.empty()) a += ":" + Escape(f.pseudonym_domain);
    lines.push_back("records.field." + Escape(f.field) + "=" + a);
  }
  std::sort(lines.begin(), lines.end());
  for (const std::string& l : lines) out += l + "\n";
  for (const QuasiIdentifier& q : r.fields.quasi_identifiers) out += "records.quasi_identifier=" + Escape(q.field) + "\n";
  out += "records.k=" + std::to_string(r.fields.kanon.k) + "\n";
  out += "records.max_suppression=" + Num(r.fields.kanon.max_suppression) + "\n";
  out += "records.max_risk=" + Num(r.fields.kanon.max_risk) + "\n";
  if (r.aggregate) {
    for (const std::string& b : r.aggregate->by) out += "records.aggregate.by=" + Escape(b) + "\n";
    out += "records.aggregate.k=" + std::to_string(r.aggregate->options.k) + "\n";
    out += std::string("records.aggregate.suppress_zeros=") + (r.aggregate->options.suppress_zeros ? "true" : "false") + "\n";
    out += std::string("records.aggregate.totals=") + (r.aggregate->options.release_grand_total ? "true" : "false") + "\n";
  }
  return out;
}

}  // namespace tearline

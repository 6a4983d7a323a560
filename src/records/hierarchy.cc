// Generalization hierarchies (tearline/kanon.h).
#include <charconv>
#include <string>
#include <unordered_map>

#include "tearline/kanon.h"

namespace tearline {
namespace {

const std::string kStar = "*";

class AgeHierarchyImpl : public Hierarchy {
 public:
  explicit AgeHierarchyImpl(std::vector<int> widths) : widths_(std::move(widths)) {
    name_ = "age:";
    for (size_t i = 0; i < widths_.size(); ++i) name_ += (i ? "," : "") + std::to_string(widths_[i]);
  }
  int height() const override { return static_cast<int>(widths_.size()) + 1; }
  const std::string& name() const override { return name_; }
  Result<std::string> Generalize(std::string_view value, int level) const override {
    int age = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), age);
    if (value.empty() || ec != std::errc() || p != value.data() + value.size() || age < 0 || age > 150)
      return Status::BadInput("not an age (expected an integer 0-150)");
    if (level <= 0) return std::to_string(age);
    if (level >= height()) return kStar;
    int w = widths_[level - 1];
    int lo = age / w * w;
    return std::to_string(lo) + "-" + std::to_string(lo + w - 1);
  }

 private:
  std::vector<int> widths_;
  std::string name_;
};

bool ParseDigits(std::string_view s, int* out) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return !s.empty();
}

class DateHierarchyImpl : public Hierarchy {
 public:
  int height() const override { return 4; }
  const std::string& name() const override { return name_; }
  Result<std::string> Generalize(std::string_view v, int level) const override {
    int y = 0, m = 0, d = 0;
    if (v.size() != 10 || v[4] != '-' || v[7] != '-' || !ParseDigits(v.substr(0, 4), &y) ||
        !ParseDigits(v.substr(5, 2), &m) || !ParseDigits(v.substr(8, 2), &d) || m < 1 || m > 12 ||
        d < 1 || d > DaysIn(y, m))
      return Status::BadInput("not a date (expected ISO yyyy-mm-dd)");
    switch (level) {
      case 0: return std::string(v);
      case 1: return std::string(v.substr(0, 7)) + "/W" + std::to_string(d >= 22 ? 4 : (d - 1) / 7 + 1);
      case 2: return std::string(v.substr(0, 7));
      case 3: return std::string(v.substr(0, 4));
      default: return kStar;
    }
  }

 private:
  static int DaysIn(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
  }
  std::string name_ = "date";
};

class SuppressionImpl : public Hierarchy {
 public:
  int height() const override { return 1; }
  const std::string& name() const override { return name_; }
  Result<std::string> Generalize(std::string_view v, int level) const override {
    return level <= 0 ? std::string(v) : kStar;
  }

 private:
  std::string name_ = "suppress";
};

class TableImpl : public Hierarchy {
 public:
  TableImpl(std::string name, int height, std::unordered_map<std::string, std::vector<std::string>> rows)
      : name_("table:" + std::move(name)), height_(height), rows_(std::move(rows)) {}
  int height() const override { return height_; }
  const std::string& name() const override { return name_; }
  Result<std::string> Generalize(std::string_view v, int level) const override {
    auto it = rows_.find(std::string(v));
    if (it == rows_.end()) return Status::BadInput("value not in hierarchy " + name_);
    if (level >= height_) return kStar;
    return it->second[level < 0 ? 0 : level];
  }

 private:
  std::string name_;
  int height_;
  std::unordered_map<std::string, std::vector<std::string>> rows_;  // leaf -> [leaf, parent, ...]
};

}  // namespace

Result<std::shared_ptr<const Hierarchy>> AgeHierarchy(std::vector<int> band_widths) {
  for (size_t i = 0; i < band_widths.size(); ++i) {
    if (band_widths[i] < 2 || (i > 0 && (band_widths[i] <= band_widths[i - 1] ||
                                         band_widths[i] % band_widths[i - 1] != 0)))
      return Status::PolicyError("age bands must increase, each a multiple of the previous (>= 2)");
  }
  return std::shared_ptr<const Hierarchy>(std::make_shared<AgeHierarchyImpl>(std::move(band_widths)));
}

Result<std::shared_ptr<const Hierarchy>> BuiltinHierarchy(std::string_view name) {
  if (name == "date") return DateHierarchy();
  if (name == "suppress") return SuppressionHierarchy();
  if (name.substr(0, 4) == "age:") {
    std::vector<int> widths;
    std::string_view rest = name.substr(4);
    while (true) {
      size_t comma = rest.find(',');
      std::string_view part = rest.substr(0, comma);
      int w = 0;
      auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), w);
      if (part.empty() || ec != std::errc() || p != part.data() + part.size())
        return Status::NotFound("not a built-in hierarchy name");
      widths.push_back(w);
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 1);
    }
    return AgeHierarchy(std::move(widths));
  }
  return Status::NotFound("not a built-in hierarchy name");
}

std::shared_ptr<const Hierarchy> DateHierarchy() { return std::make_shared<DateHierarchyImpl>(); }
std::shared_ptr<const Hierarchy> SuppressionHierarchy() { return std::make_shared<SuppressionImpl>(); }

Result<std::shared_ptr<const Hierarchy>> TableHierarchy(std::string_view text, std::string name,
                                                        bool has_header) {
  std::unordered_map<std::string, std::vector<std::string>> rows;
  std::unordered_map<std::string, std::string> parent_of;  // "level\x1fvalue" -> parent
  size_t width = 0, line_no = 0, pos = 0;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || (has_header && line_no == 1)) continue;
    std::vector<std::string> cells;
    size_t b = 0;
    while (true) {
      size_t c = line.find(',', b);
      cells.emplace_back(line.substr(b, c == std::string_view::npos ? std::string_view::npos : c - b));
      if (c == std::string_view::npos) break;
      b = c + 1;
    }
    std::string where = "hierarchy " + name + " line " + std::to_string(line_no);
    if (width == 0) width = cells.size();
    if (cells.size() != width) return Status::PolicyError(where + ": expected " + std::to_string(width) + " cells");
    for (const auto& c : cells)
      if (c.empty() || c == "*") return Status::PolicyError(where + ": empty cell or '*'");
    if (rows.count(cells[0])) return Status::PolicyError(where + ": leaf listed twice");
    for (size_t l = 0; l + 1 < cells.size(); ++l) {
      std::string key = std::to_string(l) + '\x1f' + cells[l];
      auto [it, inserted] = parent_of.emplace(key, cells[l + 1]);
      if (!inserted && it->second != cells[l + 1])
        return Status::PolicyError(where + ": a value has two different parents");
    }
    rows.emplace(cells[0], std::move(cells));
  }
  if (rows.empty()) return Status::PolicyError("hierarchy " + name + " is empty");
  return std::shared_ptr<const Hierarchy>(
      std::make_shared<TableImpl>(std::move(name), static_cast<int>(width), std::move(rows)));
}

}  // namespace tearline

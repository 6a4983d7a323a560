// Strict RFC 4180 reader keeping raw field spans (tearline/records.h).
//
// Why not libcsv (Debian libcsv-dev): its callbacks hand out unescaped copies
// of fields without their position in the input, so untouched fields could
// not be written back byte for byte; by default it also trims spaces around
// unquoted fields and skips blank lines, both of which change data silently.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "csv_scan.h"
#include "tearline/file.h"
#include "tearline/records.h"

namespace tearline {
namespace {

Status Bad(size_t line, const std::string& what) {
  return Status::BadInput("CSV line " + std::to_string(line) + ": " + what);
}

// Line number (1-based) of byte offset `pos`, counting LF.
size_t LineAt(std::string_view s, size_t pos) {
  return 1 + csv_internal::CountByte(s.data(), std::min(pos, s.size()), '\n');
}

// Decodes the header fields of `t` into t->columns; refuses duplicates.
Status SetColumns(CsvTable* t) {
  const std::string_view s = t->source;
  std::unordered_set<std::string> seen;
  for (size_t c = 0; c < t->header_fields.size(); ++c) {
    const CsvField& f = t->header_fields[c];
    std::string name;
    std::string_view r = s.substr(f.begin, f.end - f.begin);
    if (f.quoted) {
      for (size_t i = 1; i + 1 < r.size(); ++i) { name += r[i]; if (r[i] == '"') ++i; }
    } else {
      name = r;
    }
    if (!seen.insert(name).second)
      return Bad(t->header.line, "duplicate column name in header (column " + std::to_string(c + 1) + ")");
    t->columns.push_back(std::move(name));
  }
  return Status::OK();
}

// The error for invalid UTF-8 at byte `at` of a fully parsed table: names the
// line and the column (or the header), never the value.
Status BadUtf8(const CsvTable& t, size_t at) {
  std::string where = "a field";
  auto it = std::upper_bound(t.records.begin(), t.records.end(), at,
                             [](size_t a, const CsvRecord& r) { return a < r.begin; });
  if (it != t.records.begin()) {
    size_t row = static_cast<size_t>(it - t.records.begin()) - 1;
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const CsvField& f = t.field(row, c);
      if (at >= f.begin && at < f.end) where = "column '" + t.columns[c] + "'";
    }
  } else {
    where = "header";
  }
  return Bad(LineAt(t.source, at), "invalid UTF-8 in " + where + " at byte offset " + std::to_string(at));
}

}  // namespace

Result<RecordFormat> RecordFormatForPath(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    if (path.size() < ext.size()) return false;
    std::string tail(path.substr(path.size() - ext.size()));
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
    return tail == ext;
  };
  if (ends(".csv")) return RecordFormat::kCsv;
  if (ends(".jsonl") || ends(".ndjson")) return RecordFormat::kJsonl;
  return Status::BadInput("unsupported record format (expected .csv, .jsonl or .ndjson)");
}

std::string_view CsvTable::raw(size_t row, size_t col) const {
  const CsvField& f = field(row, col);
  return std::string_view(source).substr(f.begin, f.end - f.begin);
}

std::string CsvTable::value(size_t row, size_t col) const {
  const CsvField& f = field(row, col);
  std::string_view r = std::string_view(source).substr(f.begin, f.end - f.begin);
  if (!f.quoted) return std::string(r);
  std::string out;
  out.reserve(r.size());
  for (size_t i = 1; i + 1 < r.size(); ++i) {
    out += r[i];
    if (r[i] == '"') ++i;  // "" -> "
  }
  return out;
}

std::optional<size_t> CsvTable::ColumnIndex(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  return std::nullopt;
}

void AppendCsvField(std::string_view v, std::string* out) {
  bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) {
    out->append(v);
    return;
  }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

Result<CsvTable> ParseCsv(std::string bytes, const CsvOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Status::BadInput("CSV input larger than " + std::to_string(options.max_bytes) + " bytes");
  CsvTable t;
  t.source = std::move(bytes);
  const std::string_view s = t.source;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") t.bom = 3;
  if (s.size() == t.bom) return Status::BadInput("CSV input is empty (a header row is required)");
  if (size_t nul = s.find('\0'); nul != std::string_view::npos)
    return Bad(LineAt(s, nul), "NUL byte at byte offset " + std::to_string(nul));
  // Validated once over the whole input; mapped to a row and column only when
  // it fails, after the structure (whose errors take precedence) is known.
  const std::optional<size_t> bad_utf8 = FindInvalidUtf8(s);

  const char* p = s.data();
  const size_t n = s.size();
  size_t pos = t.bom, line = 1;
  bool header = true;
  while (pos < n) {
    CsvRecord rec;
    rec.begin = pos;
    rec.line = line;
    std::vector<CsvField>& out = header ? t.header_fields : t.fields;
    const size_t first_field = out.size();
    // One record: fields separated by ',' until CRLF, LF or end of input.
    while (true) {
      CsvField f;
      f.begin = pos;
      if (pos < n && p[pos] == '"') {
        f.quoted = true;
        const size_t start_line = line;
        ++pos;
        while (true) {
          pos = csv_internal::NextQuote(p, pos, n, &line);
          if (pos >= n) return Bad(start_line, "unterminated quoted field");
          if (pos + 1 < n && p[pos + 1] == '"') { pos += 2; continue; }
          ++pos;
          break;
        }
        if (pos < n && p[pos] != ',' && p[pos] != '\n' && !(p[pos] == '\r' && pos + 1 < n && p[pos + 1] == '\n'))
          return Bad(line, "text after a closing quote in field " + std::to_string(out.size() - first_field + 1));
      } else {
        pos = csv_internal::NextSpecial(p, pos, n);
        if (pos < n) {
          if (p[pos] == '"')
            return Bad(line, "quote inside an unquoted field " + std::to_string(out.size() - first_field + 1));
          if (p[pos] == '\r' && !(pos + 1 < n && p[pos + 1] == '\n'))
            return Bad(line, "bare carriage return outside quotes");
        }
      }
      f.end = pos;
      out.push_back(f);
      if (pos < n && p[pos] == ',') { ++pos; continue; }
      break;
    }
    rec.end = pos;
    if (pos < n) pos += p[pos] == '\r' ? 2 : 1;
    rec.term_end = pos;
    if (header) {
      t.header = rec;
      TL_RETURN_IF_ERROR(SetColumns(&t));
      // Reserve for the worst case of one record per remaining line. A field
      // takes at least one byte (its separator or terminator), so the fields
      // left are also at most the bytes left + 1: a wide header over many
      // short lines must not reserve columns x lines (quadratic in the input).
      const size_t lines_left = csv_internal::CountByte(p + pos, n - pos, '\n') + 1;
      t.records.reserve(lines_left);
      t.fields.reserve(std::min(lines_left * t.columns.size(), n - pos + 1));
      csv_internal::AdviseHugePages(t.records.data(), t.records.capacity() * sizeof(CsvRecord));
      csv_internal::AdviseHugePages(t.fields.data(), t.fields.capacity() * sizeof(CsvField));
      header = false;
    } else {
      if (out.size() - first_field != t.columns.size())
        return Bad(rec.line, "expected " + std::to_string(t.columns.size()) + " fields, found " +
                                 std::to_string(out.size() - first_field));
      t.records.push_back(rec);
    }
    ++line;
  }
  if (bad_utf8) return BadUtf8(t, *bad_utf8);
  return t;
}

}  // namespace tearline

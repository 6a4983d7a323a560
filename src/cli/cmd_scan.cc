#include <nlohmann/json.hpp>

#include "commands.h"
#include "tearline/file.h"
#include "tearline/read.h"
#include "tearline/release.h"
#include "tearline/resolve.h"

namespace tearline::cli {

Status RunScan(const ScanOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, BuildEngine(o.engine, nullptr));
  auto scratch = engine->NewScratch();
  ReadOptions read_options;
  read_options.max_bytes = o.max_bytes;
  for (const std::string& path : o.files) {
    TL_ASSIGN_OR_RETURN(Format format, FormatForPath(path));
    TL_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path, o.max_bytes));
    auto doc = ReadDocument(std::move(bytes), format, read_options);
    if (!doc.ok()) return doc.status().WithContext(path);
    std::vector<Finding> findings;
    TL_RETURN_IF_ERROR(engine->Scan(doc->text, *scratch, o.min_confidence, &findings));
    // What release and verify ignore is not shown: findings wholly inside a
    // valid portion mark or banner (standard markings; custom labels need a policy).
    const std::vector<Span> syntax = MarkingSyntaxSpans(*doc, Policy{});
    if (!syntax.empty()) {
      std::erase_if(findings, [&](const Finding& f) { return InMarkingSyntax(f, syntax); });
    }
    if (o.json) {
      nlohmann::json j;
      j["file"] = path;
      j["findings"] = nlohmann::json::array();
      for (const Finding& f : findings) {
        nlohmann::json jf;
        jf["begin"] = f.begin;
        jf["end"] = f.end;
        jf["kind"] = std::string(KindName(f.kind));
        jf["subkind"] = std::string(f.subkind);
        jf["confidence"] = std::round(f.confidence * 1000.0) / 1000.0;
        jf["detector"] = std::string(f.detector);
        if (o.show_values) jf["text"] = doc->text.substr(f.begin, f.size());
        j["findings"].push_back(std::move(jf));
      }
      out << j.dump() << "\n";
    } else {
      for (const Finding& f : findings) {
        out << path << ":[" << f.begin << "," << f.end << ") " << f.FullKind() << " "
            << std::round(f.confidence * 100.0) / 100.0 << " " << f.detector;
        if (o.show_values) out << " \"" << doc->text.substr(f.begin, f.size()) << "\"";
        out << "\n";
      }
      err << path << ": " << findings.size() << " findings\n";
    }
  }
  return Status::OK();
}

}  // namespace tearline::cli

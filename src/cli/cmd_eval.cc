#include <chrono>

#include "commands.h"
#include "tearline/eval.h"
#include "tearline/resolve.h"
#include "tearline/tag.h"

namespace tearline::cli {

Result<std::vector<std::pair<size_t, size_t>>> MaskedSpans(const Engine& engine, EngineScratch& scratch,
                                                           std::string_view text, const Policy& policy) {
  float floor = policy.default_threshold;
  for (float t : policy.thresholds) floor = std::min(floor, t);
  std::vector<Finding> findings;
  TL_RETURN_IF_ERROR(engine.Scan(text, scratch, floor, &findings));
  LinkOptions link;
  link.min_confidence = policy.ThresholdFor(Kind::kPerson);
  Linked linked = LinkMentions(text, std::move(findings), link);
  Resolution r = Decide(text, linked.findings, policy);
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Decision& d : r.decisions) {
    if (d.action.type != ActionType::kKeep) spans.emplace_back(d.finding.begin, d.finding.end);
  }
  return spans;
}

Status RunEval(const EvalOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(Policy policy, LoadPolicy(o.policy));
  TL_ASSIGN_OR_RETURN(std::vector<TabDocument> docs, LoadTab(o.gold));
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, BuildEngine(o.engine, &policy));
  auto scratch = engine->NewScratch();
  std::vector<MaskSpans> masks;
  size_t bytes = 0;
  auto start = std::chrono::steady_clock::now();
  for (const TabDocument& doc : docs) {
    TL_ASSIGN_OR_RETURN(MaskSpans spans, MaskedSpans(*engine, *scratch, doc.text, policy));
    masks.push_back(std::move(spans));
    bytes += doc.text.size();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  TL_ASSIGN_OR_RETURN(EvalResult result, ScoreMasking(docs, masks));
  if (o.json) {
    out << EvalResultToJson(result);
  } else {
    out << FormatEvalTable(result);
  }
  err << "eval: " << docs.size() << " documents, " << bytes << " bytes in " << seconds << " s ("
      << (seconds > 0 ? bytes / seconds / 1e6 : 0) << " MB/s); policy " << o.policy << "\n";
  return Status::OK();
}

Status RunTrain(const TrainCmdOptions& o, std::ostream& out, std::ostream& err) {
  TrainOptions options;
  options.data_dir = o.data_dir;
  options.lexicon_dir = o.lexicon_dir;
  options.output_path = o.output;
  options.gum_holdout_every = o.holdout_every;
  if (o.epochs > 0) options.epochs = o.epochs;
  std::string summary;
  options.summary = &summary;
  TL_RETURN_IF_ERROR(TrainTagger(options));
  out << summary;
  TL_ASSIGN_OR_RETURN(auto model, TaggerModel::Load(o.output));
  out << "wrote " << o.output << " (fingerprint " << model->fingerprint() << ")\n";
  return Status::OK();
}

}  // namespace tearline::cli

#include <chrono>

#include "commands.h"
#include "tearline/eval.h"
#include "tearline/read.h"
#include "tearline/release.h"
#include "tearline/resolve.h"
#include "tearline/tag.h"

namespace tearline::cli {

namespace {

// What a release of `text` under `policy` would hide: the input spans of
// every action other than keep, exactly as RunRelease decides them (detect,
// marking syntax, linking, decide, and the leak check's further actions).
// *blocked is set when the release would be blocked.
Result<std::vector<std::pair<size_t, size_t>>> MaskedSpans(const Engine& engine, EngineScratch& scratch,
                                                           std::string_view text, const Policy& policy,
                                                           bool* blocked) {
  TL_ASSIGN_OR_RETURN(Document doc, ReadDocument(std::string(text), Format::kText));
  TL_ASSIGN_OR_RETURN(ReleaseResult r, RunRelease(engine, scratch, doc, policy, nullptr));
  *blocked = !r.released();
  std::vector<std::pair<size_t, size_t>> spans;
  for (const AppliedAction& a : r.transform.applied) {
    if (a.action != ActionType::kKeep) spans.emplace_back(a.finding.begin, a.finding.end);
  }
  return spans;
}

}  // namespace

Status RunEval(const EvalOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(Policy policy, LoadPolicy(o.policy));
  TL_ASSIGN_OR_RETURN(std::vector<TabDocument> docs, LoadTab(o.gold));
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, BuildEngine(o.engine, &policy));
  auto scratch = engine->NewScratch();
  std::vector<MaskSpans> masks;
  size_t bytes = 0, blocked = 0;
  auto start = std::chrono::steady_clock::now();
  for (const TabDocument& doc : docs) {
    bool doc_blocked = false;
    TL_ASSIGN_OR_RETURN(MaskSpans spans, MaskedSpans(*engine, *scratch, doc.text, policy, &doc_blocked));
    blocked += doc_blocked ? 1 : 0;
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
      << (seconds > 0 ? bytes / seconds / 1e6 : 0) << " MB/s); policy " << o.policy << "; " << blocked
      << " of them the leak check would block (scored as the output they would have had)\n";
  return Status::OK();
}

Status RunTrain(const TrainCmdOptions& o, std::ostream& out, std::ostream& err) {
  TrainOptions options;
  options.data_dir = o.data_dir;
  options.lexicon_dir = o.lexicon_dir;
  options.output_path = o.output;
  options.gum_holdout_every = o.holdout_every;
  if (o.epochs > 0) options.epochs = o.epochs;
  options.use_wnut = !o.no_wnut;
  options.synthetic_dir = o.synthetic_dir;
  if (o.learner == "crf") options.learner = TrainOptions::Learner::kCrf;
  if (o.learner == "mix") options.learner = TrainOptions::Learner::kEnsemble;
  std::string summary;
  options.summary = &summary;
  TL_RETURN_IF_ERROR(TrainTagger(options));
  out << summary;
  TL_ASSIGN_OR_RETURN(auto model, TaggerModel::Load(o.output));
  out << "wrote " << o.output << " (fingerprint " << model->fingerprint() << ")\n";
  return Status::OK();
}

}  // namespace tearline::cli

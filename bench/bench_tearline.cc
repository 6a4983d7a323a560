// tearline benchmarks (Google Benchmark). Input: the corpus file named by
// $TEARLINE_BENCH_CORPUS (bench/make_corpus.py builds it from ../shared/data).
// Every benchmark runs on one thread and reports bytes/second.
//   BM_Patterns         the Hyperscan pattern detector alone
//   BM_PeerRe2          peer: each pattern of the same table run by RE2 over the
//                       whole text, one after the other (how regex-per-recognizer
//                       tools such as Presidio work), no validators
//   BM_Tagger           the name tagger alone
//   BM_ReleaseNoTagger  a whole release (read, detect, link, decide, transform,
//                       verify) with the pattern detectors only
//   BM_ReleaseTagger    a whole release with the tagger and the quasi-identifier lexicons
#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <cstdlib>
#include <iostream>

#include "src/cli/commands.h"
#include "tearline/detect.h"
#include "tearline/file.h"
#include "tearline/patterns.h"
#include "tearline/protect.h"
#include "tearline/quasi.h"
#include "tearline/read.h"
#include "tearline/release.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

// The corpus, cut into documents of about 1 MB at paragraph boundaries.
const std::vector<std::string>& Documents() {
  static const std::vector<std::string> docs = [] {
    const char* path = std::getenv("TEARLINE_BENCH_CORPUS");
    auto data = ReadFile(path ? path : "build/bench-corpus.txt");
    if (!data.ok()) {
      std::cerr << "cannot read the corpus: " << data.status().ToString()
                << " (run python3 bench/make_corpus.py, or set TEARLINE_BENCH_CORPUS)\n";
      std::exit(2);
    }
    std::vector<std::string> out;
    std::string_view text = *data;
    // TEARLINE_BENCH_DOC_BYTES: the document size (default 1 MiB); keep it
    // below the corpus's distinct text so no document repeats itself.
    const char* doc_env = std::getenv("TEARLINE_BENCH_DOC_BYTES");
    const size_t doc_bytes = doc_env ? std::max<size_t>(std::strtoull(doc_env, nullptr, 10), 4096) : size_t{1} << 20;
    while (!text.empty()) {
      size_t cut = std::min(text.size(), doc_bytes);
      if (cut < text.size()) {
        size_t para = text.rfind("\n\n", cut);
        if (para != std::string_view::npos && para > cut / 2) cut = para + 2;
      }
      out.emplace_back(text.substr(0, cut));
      text.remove_prefix(cut);
    }
    return out;
  }();
  return docs;
}

int64_t TotalBytes() {
  int64_t n = 0;
  for (const std::string& d : Documents()) n += static_cast<int64_t>(d.size());
  return n;
}

class CountSink final : public FindingSink {
 public:
  void Add(const Finding&) override { ++count; }
  size_t count = 0;
};

void RunDetector(benchmark::State& state, const Detector& detector) {
  auto scratch = detector.NewScratch();
  size_t findings = 0;
  for (auto _ : state) {
    CountSink sink;
    for (const std::string& d : Documents()) {
      if (!detector.Scan(d, *scratch, sink).ok()) state.SkipWithError("scan failed");
    }
    findings = sink.count;
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
  state.counters["findings"] = static_cast<double>(findings);
}

void BM_Patterns(benchmark::State& state) {
  auto detector = CompilePatternDetector();
  if (!detector.ok()) return state.SkipWithError("compile failed");
  RunDetector(state, **detector);
}
BENCHMARK(BM_Patterns)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PeerRe2(benchmark::State& state) {
  std::vector<std::unique_ptr<RE2>> regexes;
  for (const patterns::PatternSpec& p : patterns::PatternTable()) {
    RE2::Options opt;
    opt.set_encoding(RE2::Options::EncodingLatin1);
    opt.set_case_sensitive(!p.caseless);
    opt.set_log_errors(false);
    regexes.push_back(std::make_unique<RE2>(p.regex, opt));
  }
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const std::string& d : Documents()) {
      for (const auto& re : regexes) {
        re2::StringPiece input(d);
        while (RE2::FindAndConsume(&input, *re)) {
          ++matches;
          if (input.empty()) break;
        }
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
  state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(BM_PeerRe2)->Unit(benchmark::kMillisecond)->UseRealTime();

std::string ModelPath() {
  const char* env = std::getenv("TEARLINE_MODEL");
  return env ? env : "models/tagger.tlm";
}

void BM_Tagger(benchmark::State& state) {
  auto tagger = LoadTagger(ModelPath());
  if (!tagger.ok()) return state.SkipWithError("cannot load the model");
  RunDetector(state, **tagger);
}
BENCHMARK(BM_Tagger)->Unit(benchmark::kMillisecond)->UseRealTime();

Policy BenchPolicy() {
  auto policy = ParsePolicy(
      "recipient = \"bench\"\n[actions]\nPERSON = \"label\"\nORG = \"keep\"\nLOC = \"keep\"\nDATE = \"keep\"\n"
      "DEM = \"keep\"\nQUANTITY = \"keep\"\n[thresholds]\ndefault = 0.3\n[verify]\nthreshold = 0.3\n",
      "bench.toml");
  if (!policy.ok()) {
    std::cerr << policy.status().ToString() << "\n";
    std::exit(2);
  }
  return *policy;
}

// The engine of `tearline release`, built by the CLI's own factory: patterns
// and Arabic-script runs, and with the tagger also the quasi-identifier
// lexicons and titled names. Compiled pattern databases are cached under
// build/bench-home.
void RunReleases(benchmark::State& state, bool tagger) {
  cli::EngineFlags flags;
  flags.no_tagger = !tagger;
  if (tagger) {
    flags.model = ModelPath();
    flags.lexicons = "data/lexicons";
  }
  flags.home = "build/bench-home";
  const Policy policy = BenchPolicy();
  auto built = cli::BuildEngine(flags, &policy);
  if (!built.ok()) return state.SkipWithError(built.status().ToString().c_str());
  const Engine& engine = **built;
  auto scratch = engine.NewScratch();
  size_t blocked = 0, acted = 0, scans = 0;
  ReleaseTimings stages;  // of the last iteration
  for (auto _ : state) {
    blocked = acted = scans = 0;
    stages = ReleaseTimings{};
    std::fill(scratch->detector_ns.begin(), scratch->detector_ns.end(), 0);
    for (const std::string& d : Documents()) {
      auto doc = ReadDocument(d, Format::kText);
      if (!doc.ok()) return state.SkipWithError("read failed");
      auto r = RunRelease(engine, *scratch, *doc, policy, nullptr);
      if (!r.ok()) return state.SkipWithError("release failed");
      blocked += r->released() ? 0 : 1;
      acted += r->transform.applied.size();
      scans += static_cast<size_t>(r->leak_check_scans);
      stages.detect_ns += r->timings.detect_ns;
      stages.resolve_ns += r->timings.resolve_ns;
      stages.transform_ns += r->timings.transform_ns;
      stages.leak_check_ns += r->timings.leak_check_ns;
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
  state.counters["blocked_docs"] = static_cast<double>(blocked);
  state.counters["acted_on"] = static_cast<double>(acted);
  state.counters["leak_scans_per_doc"] = static_cast<double>(scans) / static_cast<double>(Documents().size());
  // Where the time goes: milliseconds per MB of input, by stage ("stage:")
  // and by detector over the detect stage and the leak checks ("detector:").
  const double mb = static_cast<double>(TotalBytes()) / 1e6;
  auto per_mb = [mb](uint64_t ns) { return static_cast<double>(ns) / 1e6 / mb; };
  state.counters["stage:detect"] = per_mb(stages.detect_ns);
  state.counters["stage:resolve"] = per_mb(stages.resolve_ns);
  state.counters["stage:transform"] = per_mb(stages.transform_ns);
  state.counters["stage:leak_check"] = per_mb(stages.leak_check_ns);
  const std::vector<std::string_view> ids = engine.detector_ids();
  for (size_t i = 0; i < ids.size(); ++i) {
    state.counters["detector:" + std::string(ids[i])] = per_mb(scratch->detector_ns[i]);
  }
}

void BM_ReleaseNoTagger(benchmark::State& state) { RunReleases(state, false); }
BENCHMARK(BM_ReleaseNoTagger)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReleaseTagger(benchmark::State& state) { RunReleases(state, true); }
BENCHMARK(BM_ReleaseTagger)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace tearline

// The corpus is read and cut before any benchmark starts, so that no timed
// iteration includes reading it.
int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  (void)tearline::Documents();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

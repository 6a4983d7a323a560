// tearline_train_tool: rebuilds the tagger model (TrainTagger) from the shared
// corpora. Usage:
//   tearline_train_tool [--data DIR] [--lexicons DIR] [--out FILE]
//                       [--epochs N] [--bits N] [--holdout-every N]
//                       [--clusters FILE|""] [--dev-offset K]
//                       [--folds N] [--drop-percent P] [--lexical-dropout P]
//                       [--seed S] [--no-wnut] [--synthetic DIR|""] [--synthetic-percent P] [--crf | --ensemble]
//                       [--perceptron-share A] [--c2 C] [--eta E] [--average-from K]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "tearline/tag.h"

int main(int argc, char** argv) {
  tearline::TrainOptions o;
  o.synthetic_dir = "bench/quality/synthetic";
  std::string summary;
  o.summary = &summary;
  for (int i = 1; i < argc; ++i) {
    auto val = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "missing value for %s\n", argv[i]);
        std::exit(2);
      }
      return argv[++i];
    };
    if (!std::strcmp(argv[i], "--data")) o.data_dir = val();
    else if (!std::strcmp(argv[i], "--lexicons")) o.lexicon_dir = val();
    else if (!std::strcmp(argv[i], "--out")) o.output_path = val();
    else if (!std::strcmp(argv[i], "--clusters")) o.cluster_path = val();
    else if (!std::strcmp(argv[i], "--dev-offset")) o.gum_dev_offset = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--epochs")) o.epochs = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--bits")) o.hash_bits = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--holdout-every")) o.gum_holdout_every = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--seed")) o.seed = std::strtoull(val().c_str(), nullptr, 10);
    else if (!std::strcmp(argv[i], "--folds")) o.jackknife_folds = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--drop-percent")) o.person_flag_drop_percent = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--lexical-dropout")) o.lexical_dropout_percent = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--no-wnut")) o.use_wnut = false;
    else if (!std::strcmp(argv[i], "--synthetic")) o.synthetic_dir = val();
    else if (!std::strcmp(argv[i], "--synthetic-percent")) o.synthetic_percent = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--crf")) o.learner = tearline::TrainOptions::Learner::kCrf;
    else if (!std::strcmp(argv[i], "--ensemble")) o.learner = tearline::TrainOptions::Learner::kEnsemble;
    else if (!std::strcmp(argv[i], "--perceptron-share")) o.ensemble_perceptron_share = std::atof(val().c_str());
    else if (!std::strcmp(argv[i], "--c2")) o.crf_l2 = std::atof(val().c_str());
    else if (!std::strcmp(argv[i], "--eta")) o.crf_eta0 = std::atof(val().c_str());
    else if (!std::strcmp(argv[i], "--average-from")) o.crf_average_from = std::atoi(val().c_str());
    else {
      std::fprintf(stderr, "usage: %s [--data DIR] [--lexicons DIR] [--out FILE] [--epochs N] [--bits N] [--holdout-every N] [--clusters FILE] [--dev-offset K] [--folds N] [--drop-percent P] [--lexical-dropout P] [--seed S] [--no-wnut] [--synthetic DIR|""] [--synthetic-percent P] [--crf | --ensemble] [--perceptron-share A] [--c2 C] [--eta E] [--average-from K]\n", argv[0]);
      return 2;
    }
  }
  tearline::Status st = tearline::TrainTagger(o);
  std::fputs(summary.c_str(), stdout);
  if (!st.ok()) {
    std::fprintf(stderr, "training failed: %s\n", st.ToString().c_str());
    return 1;
  }
  return 0;
}

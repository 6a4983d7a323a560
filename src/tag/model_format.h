// src/tag/model_format.h — model file serialization (format in model.cc and
// doc/tagger.md). Internal to the tag module.
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "src/tag/internal.h"

namespace tearline::tag_internal {

inline constexpr uint32_t kModelFormatVersion = 4;
// The weight table has 2^hash_bits rows; training writes and loading accepts
// only this range (a few bytes of header must not make a loader allocate
// more than the largest model training can produce: 2^22 rows, 128 MB).
inline constexpr int kMinHashBits = 12, kMaxHashBits = 22;

// Bytes of the file header: magic, version, reserved, payload size, SHA-256.
inline constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 32;

// The complete file image (header + payload) for m; m.fingerprint is ignored.
std::string SerializeModel(const TaggerModel::Impl& m);
// `payload` under a valid header of this format version (its size and
// SHA-256), so that only the payload checks of ParseModel can refuse it.
std::string ModelFileWithPayload(std::string_view payload);
// Parses a file image; kCorruption on any inconsistency.
Result<std::unique_ptr<TaggerModel::Impl>> ParseModel(std::string_view file_bytes);
// Hex SHA-256 of the payload of a file image ("" if shorter than a header).
std::string PayloadFingerprint(std::string_view file_bytes);

}  // namespace tearline::tag_internal

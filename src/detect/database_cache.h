// Database cache: the pattern detector's compiled Hyperscan databases stored
// on disk, so that a later process deserializes them instead of compiling.
// Internal to the pattern detector (see PatternOptions::cache_dir).
//
// WHAT THESE TYPES REPRESENT
//   Expressions is the input of one hs_compile_multi call (block mode);
//   Database owns one compiled database (null = a database with no
//   expressions). A cache file holds every database of one detector:
//
//     offset  size      field
//     0       8         magic "TLHSDB\r\n"
//     8       4         layout version (kCacheLayoutVersion), little-endian
//     12      4         database count n, little-endian
//     16      32        cache key (SHA-256, see DatabaseCacheKey)
//     48      8 * n     serialized size of each database, little-endian
//                       (0 = null database)
//     48+8n   32        SHA-256 of the payload
//     80+8n   sum       payload: the serialized databases, in order
//
//   The file is named "patterns-<hex key>.hsdb" in the cache directory. A
//   file is used only if every field checks out, its payload hash matches,
//   every database deserializes and reports block mode and this Hyperscan's
//   version; anything else is a miss (never an error).
//
// THREAD SAFETY
//   Free functions; safe to call concurrently. Concurrent writers of the same
//   cache file each write a temporary and rename it: readers see either no
//   file or one whole file.
#pragma once

#include <hs/hs.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/detect.h"
#include "tearline/status.h"

namespace tearline::patterns {

// Bump whenever the way CompilePatternDetector lays its expressions out in
// databases changes in a way the expressions themselves do not show (end
// rules, group meaning, date rows, ...).
inline constexpr uint32_t kCacheLayoutVersion = 1;

struct DatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};
using Database = std::unique_ptr<hs_database_t, DatabaseDeleter>;

// The expressions of one database; rows[k] names the table row that
// expression k belongs to (for error messages only, not part of the key).
struct Expressions {
  std::vector<std::string> regexes;
  std::vector<unsigned int> flags;
  std::vector<unsigned int> ids;
  std::vector<uint32_t> rows;

  void Add(std::string regex, unsigned int flag, unsigned int id, uint32_t row) {
    regexes.push_back(std::move(regex));
    flags.push_back(flag);
    ids.push_back(id);
    rows.push_back(row);
  }
};

// The SHA-256 (32 raw bytes) of everything that determines the databases
// compiled from `dbs` in block mode: kCacheLayoutVersion, hs_version(), the
// host platform (hs_populate_platform), the number of databases and, for each,
// every expression's regex, flags and id, in order. Fields are length-prefixed,
// so distinct inputs never hash the same byte string.
// Fails (kInternal) only if the platform cannot be determined.
Result<std::string> DatabaseCacheKey(std::span<const Expressions> dbs);

// "<dir>/patterns-<64 hex digits of key>.hsdb".
std::string CacheFilePath(const std::string& dir, std::string_view key);

// Builds a cache file (format above) around the serialized databases `blobs`
// ("" = null database). REQUIRES: key.size() == 32.
std::string EncodeCacheFile(std::string_view key, std::span<const std::string> blobs);

// Checks `file` against the format above for `key` and `count` databases and
// returns views (into `file`) of the serialized databases, "" for null ones.
// kCorruption naming the failed check (never any content) if anything is off.
Result<std::vector<std::string_view>> DecodeCacheFile(std::string_view file, std::string_view key, size_t count);

// Reads and checks the cache file `path` and deserializes its databases.
// `expect_null[i]` is whether database i must be null (no expressions).
// kNotFound if there is no file; kCorruption / kIOError with the reason
// otherwise. Refuses a file that is not a regular file owned by this user or
// that others may write.
Result<std::vector<Database>> LoadDatabases(const std::string& path, std::string_view key,
                                            const std::vector<bool>& expect_null);

// Serializes `dbs` and atomically writes them to `path` (mode 0600), creating
// the missing directories of its parent with mode 0700. kIOError/kInternal on
// failure; nothing is left at `path` then.
Status StoreDatabases(const std::string& path, std::string_view key, std::span<const Database> dbs);

// What CompileDetector did with the cache.
enum class CacheOutcome {
  kDisabled,      // options.cache_dir was empty
  kLoaded,        // databases were loaded from the cache file
  kStored,        // compiled (missing or unusable file), then written
  kStoreFailed,   // compiled, writing the cache failed (not an error)
};

// CompilePatternDetector, also reporting what happened with the cache in
// *outcome (if not null) and, for a miss, a short reason in *miss_reason (if
// not null; "" on a hit or when disabled; never any file content).
Result<std::unique_ptr<const Detector>> CompilePatternDetectorReport(const PatternOptions& options,
                                                                     CacheOutcome* outcome,
                                                                     std::string* miss_reason = nullptr);

}  // namespace tearline::patterns

// The on-disk cache of the pattern detector's databases (format in
// database_cache.h).
#include "database_cache.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "tearline/file.h"

namespace tearline::patterns {
namespace {

constexpr std::string_view kMagic("TLHSDB\r\n", 8);
constexpr size_t kHashBytes = crypto_hash_sha256_BYTES;
constexpr size_t kFixedHeader = 8 + 4 + 4 + kHashBytes;  // magic, version, count, key
// A cache file larger than this is not read.
constexpr size_t kMaxFileBytes = size_t{1} << 30;

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
uint64_t GetLE(std::string_view s, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

class Sha256 {
 public:
  Sha256() { crypto_hash_sha256_init(&state_); }
  void Bytes(std::string_view s) {
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(s.data()), s.size());
  }
  void U64(uint64_t v) {
    std::string b;
    PutU64(b, v);
    Bytes(b);
  }
  // A length-prefixed field.
  void Field(std::string_view s) {
    U64(s.size());
    Bytes(s);
  }
  std::string Final() {
    std::string out(kHashBytes, '\0');
    crypto_hash_sha256_final(&state_, reinterpret_cast<unsigned char*>(out.data()));
    return out;
  }

 private:
  crypto_hash_sha256_state state_;
};

std::string HashOf(std::string_view s) {
  Sha256 h;
  h.Bytes(s);
  return h.Final();
}

// Creates the missing directories of `dir` with mode 0700.
Status MakeDirs(const std::filesystem::path& dir) {
  std::filesystem::path partial;
  for (const auto& part : dir) {
    partial /= part;
    if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
      return Status::IOError("cannot create cache directory: " + std::string(std::strerror(errno)));
    }
  }
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::IOError("cache directory is not a directory");
  }
  return Status::OK();
}

// Reads `path` if it is a regular file owned by this user that only the
// owner may write.
Result<std::string> ReadOwnFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound("no cache file");
    return Status::IOError("cannot open cache file: " + std::string(std::strerror(errno)));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 022) != 0 ||
      static_cast<uint64_t>(st.st_size) > kMaxFileBytes) {
    ::close(fd);
    return Status::Corruption("cache file is not a private regular file of this user");
  }
  std::string data(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < data.size()) {
    ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  if (got != data.size()) return Status::IOError("cannot read cache file");
  return data;
}

}  // namespace

Result<std::string> DatabaseCacheKey(std::span<const Expressions> dbs) {
  if (sodium_init() < 0) return Status::Internal("pattern cache: libsodium initialisation failed");
  hs_platform_info_t platform{};
  if (hs_populate_platform(&platform) != HS_SUCCESS) {
    return Status::Internal("pattern cache: cannot determine the platform");
  }
  Sha256 h;
  h.Field("tearline pattern databases");
  h.U64(kCacheLayoutVersion);
  h.Field(hs_version());
  h.U64(platform.tune);
  h.U64(platform.cpu_features);
  h.U64(platform.reserved1);
  h.U64(platform.reserved2);
  h.U64(HS_MODE_BLOCK);
  h.U64(dbs.size());
  for (const Expressions& e : dbs) {
    h.U64(e.regexes.size());
    for (size_t k = 0; k < e.regexes.size(); ++k) {
      h.Field(e.regexes[k]);
      h.U64(e.flags[k]);
      h.U64(e.ids[k]);
    }
  }
  return h.Final();
}

std::string CacheFilePath(const std::string& dir, std::string_view key) {
  std::string hex(2 * key.size() + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(key.data()), key.size());
  hex.pop_back();
  return (std::filesystem::path(dir) / ("patterns-" + hex + ".hsdb")).string();
}

std::string EncodeCacheFile(std::string_view key, std::span<const std::string> blobs) {
  std::string payload;
  for (const std::string& b : blobs) payload += b;
  std::string out(kMagic);
  PutU32(out, kCacheLayoutVersion);
  PutU32(out, static_cast<uint32_t>(blobs.size()));
  out += key;
  for (const std::string& b : blobs) PutU64(out, b.size());
  out += HashOf(payload);
  out += payload;
  return out;
}

Result<std::vector<std::string_view>> DecodeCacheFile(std::string_view file, std::string_view key, size_t count) {
  if (file.size() < kFixedHeader) return Status::Corruption("cache file: truncated header");
  if (file.substr(0, kMagic.size()) != kMagic) return Status::Corruption("cache file: bad magic");
  if (GetLE(file, 8, 4) != kCacheLayoutVersion) return Status::Corruption("cache file: other layout version");
  if (GetLE(file, 12, 4) != count) return Status::Corruption("cache file: wrong database count");
  if (file.substr(16, kHashBytes) != key) return Status::Corruption("cache file: other key");
  const size_t header = kFixedHeader + 8 * count + kHashBytes;
  if (file.size() < header) return Status::Corruption("cache file: truncated header");
  std::vector<uint64_t> sizes;
  uint64_t total = 0;
  for (size_t i = 0; i < count; ++i) {
    sizes.push_back(GetLE(file, kFixedHeader + 8 * i, 8));
    if (sizes.back() > file.size()) return Status::Corruption("cache file: size out of range");
    total += sizes.back();  // no overflow: count * file.size() fits easily
  }
  if (total != file.size() - header) return Status::Corruption("cache file: payload size mismatch");
  const std::string_view payload = file.substr(header);
  const std::string_view want = file.substr(kFixedHeader + 8 * count, kHashBytes);
  const std::string got = HashOf(payload);
  if (sodium_memcmp(got.data(), want.data(), kHashBytes) != 0) {
    return Status::Corruption("cache file: payload hash mismatch");
  }
  std::vector<std::string_view> blobs;
  size_t at = 0;
  for (uint64_t s : sizes) {
    blobs.push_back(payload.substr(at, s));
    at += s;
  }
  return blobs;
}

Result<std::vector<Database>> LoadDatabases(const std::string& path, std::string_view key,
                                            const std::vector<bool>& expect_null) {
  TL_ASSIGN_OR_RETURN(std::string file, ReadOwnFile(path));
  TL_ASSIGN_OR_RETURN(std::vector<std::string_view> blobs, DecodeCacheFile(file, key, expect_null.size()));
  // "5.4.2 2023-..." -> "Version: 5.4.2 "
  std::string version(hs_version());
  version = "Version: " + version.substr(0, version.find(' ')) + " ";
  std::vector<Database> dbs;
  for (size_t i = 0; i < blobs.size(); ++i) {
    if (blobs[i].empty() != expect_null[i]) return Status::Corruption("cache file: database presence mismatch");
    if (blobs[i].empty()) {
      dbs.emplace_back();
      continue;
    }
    hs_database_t* db = nullptr;
    if (hs_deserialize_database(blobs[i].data(), blobs[i].size(), &db) != HS_SUCCESS) {
      return Status::Corruption("cache file: database does not deserialize");
    }
    dbs.emplace_back(db);
    char* info = nullptr;
    if (hs_database_info(db, &info) != HS_SUCCESS || info == nullptr) {
      return Status::Corruption("cache file: no database info");
    }
    const std::string text(info);
    std::free(info);
    if (text.rfind(version, 0) != 0 || text.find("Mode: BLOCK") == std::string::npos) {
      return Status::Corruption("cache file: database info mismatch");
    }
  }
  return dbs;
}

Status StoreDatabases(const std::string& path, std::string_view key, std::span<const Database> dbs) {
  std::vector<std::string> blobs;
  for (const Database& db : dbs) {
    if (!db) {
      blobs.emplace_back();
      continue;
    }
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db.get(), &bytes, &length) != HS_SUCCESS) {
      return Status::Internal("pattern cache: hs_serialize_database failed");
    }
    blobs.emplace_back(bytes, length);
    std::free(bytes);
  }
  TL_RETURN_IF_ERROR(MakeDirs(std::filesystem::path(path).parent_path()));
  return WriteFileAtomic(path, EncodeCacheFile(key, blobs), 0600);
}

}  // namespace tearline::patterns

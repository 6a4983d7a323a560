// Hex, hashing, time and file helpers for the ledger; canonical entry bytes.
#include <openssl/evp.h>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <filesystem>

#include "internal.h"
#include "tearline/ledger.h"

namespace tearline {
namespace ledger_internal {

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

std::string ToHex(const uint8_t* data, size_t size) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(size * 2, '0');
  for (size_t i = 0; i < size; ++i) {
    out[2 * i] = kDigits[data[i] >> 4];
    out[2 * i + 1] = kDigits[data[i] & 15];
  }
  return out;
}

namespace {
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

bool FromHex(std::string_view hex, uint8_t* out, size_t size) {
  if (hex.size() != size * 2) return false;
  for (size_t i = 0; i < size; ++i) {
    int hi = HexValue(hex[2 * i]), lo = HexValue(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return true;
}

bool IsSha256Hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string FormatUtc(int64_t seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int WriteNewFile(const std::string& path, std::string_view data, unsigned mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return errno;
  ::fchmod(fd, mode);
  const char* p = data.data();
  size_t left = data.size();
  int err = 0;
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) ::unlink(path.c_str());
  return err;
}

void SyncParentDir(const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace ledger_internal

std::string LedgerSha256Hex(std::string_view data) {
  ledger_internal::SodiumReady();
  uint8_t digest[crypto_hash_sha256_BYTES];
  // OpenSSL: hardware SHA-256 where available (outputs are hashed on every release).
  if (EVP_Digest(data.data(), data.size(), digest, nullptr, EVP_sha256(), nullptr) != 1) std::abort();
  return ledger_internal::ToHex(digest, sizeof digest);
}

std::string_view DecisionName(LedgerDecision d) { return d == LedgerDecision::kReleased ? "released" : "blocked"; }

std::string CanonicalEntry(const LedgerEntry& e) {
  std::string out = "tearline-ledger-v1\n";
  auto field = [&out](std::string_view name, std::string_view value) {
    out.append(name);
    out += ' ';
    out += std::to_string(value.size());
    out += ':';
    out.append(value);
    out += '\n';
  };
  field("seq", std::to_string(e.seq));
  field("time", e.time_utc);
  field("operator", e.draft.operator_name);
  field("recipient", e.draft.recipient);
  field("policy_fingerprint", e.draft.policy_fingerprint);
  field("model_fingerprint", e.draft.model_fingerprint);
  field("input_sha256", e.draft.input_sha256);
  field("output_sha256", e.draft.output_sha256);
  field("counts", e.draft.counts_json);
  field("decision", DecisionName(e.draft.decision));
  field("reason", e.draft.reason);
  field("key_id", e.key_id);
  field("prev_hash", e.prev_hash);
  return out;
}

}  // namespace tearline

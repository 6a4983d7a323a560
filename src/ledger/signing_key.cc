// The ledger's Ed25519 signing key: creation, loading, public key files.
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "internal.h"
#include "tearline/file.h"
#include "tearline/ledger.h"

namespace tearline {
namespace {

using ledger_internal::FromHex;
using ledger_internal::ToHex;

constexpr std::string_view kKeyHeader = "tearline-ledger-key-v1";

std::string KeyFileText(const SigningKey& k) {
  return std::string(kKeyHeader) + "\nseed " + ToHex(k.seed.data(), k.seed.size()) + "\npublic " +
         k.PublicHex() + "\n";
}

Result<SigningKey> FromSeed(const std::array<uint8_t, 32>& seed) {
  if (!ledger_internal::SodiumReady()) return Status::Internal("libsodium failed to initialize");
  SigningKey k;
  k.seed = seed;
  crypto_sign_seed_keypair(k.public_key.data(), k.secret_key.data(), k.seed.data());
  return k;
}

// Parses "tearline-ledger-key-v1\nseed <hex>\npublic <hex>\n".
Result<SigningKey> ParseKeyFile(const std::string& path, std::string_view text) {
  auto bad = [&path](std::string_view why) {
    return Status::Corruption(path + " is not a valid ledger key (" + std::string(why) + ")");
  };
  std::string expect_head = std::string(kKeyHeader) + "\nseed ";
  if (text.substr(0, expect_head.size()) != expect_head) return bad("bad header");
  text.remove_prefix(expect_head.size());
  std::array<uint8_t, 32> seed{};
  if (text.size() < 64 || !FromHex(text.substr(0, 64), seed.data(), 32)) return bad("bad seed");
  text.remove_prefix(64);
  if (text.substr(0, 8) != "\npublic ") return bad("missing public key");
  text.remove_prefix(8);
  std::array<uint8_t, 32> pub{};
  if (text.size() < 64 || !FromHex(text.substr(0, 64), pub.data(), 32)) return bad("bad public key");
  text.remove_prefix(64);
  if (text != "\n" && !text.empty()) return bad("trailing data");
  TL_ASSIGN_OR_RETURN(SigningKey k, FromSeed(seed));
  if (k.public_key != pub) return bad("public key does not match the seed");
  return k;
}

}  // namespace

std::string SigningKey::PublicHex() const { return ToHex(public_key.data(), public_key.size()); }

std::string SigningKeyPath(const std::string& home) { return home + "/ledger.key"; }
std::string PublicKeyPath(const std::string& home) { return home + "/ledger.pub"; }
std::string DefaultLedgerPath(const std::string& home) { return home + "/ledger.db"; }

Result<SigningKey> CreateSigningKey(const std::string& home) {
  if (!ledger_internal::SodiumReady()) return Status::Internal("libsodium failed to initialize");
  std::string path = SigningKeyPath(home);
  std::array<uint8_t, 32> seed{};
  randombytes_buf(seed.data(), seed.size());
  TL_ASSIGN_OR_RETURN(SigningKey k, FromSeed(seed));
  // Write a complete temporary file, then link() it into place: link fails if
  // a key exists, so concurrent creators cannot both win or see a torn file.
  std::string tmp = path + ".tmp." + std::to_string(::getpid()) + "." +
                    std::to_string(std::random_device{}());
  int err = ledger_internal::WriteNewFile(tmp, KeyFileText(k), 0600);
  sodium_memzero(seed.data(), seed.size());
  if (err != 0) return Status::IOError("cannot write " + tmp + ": " + std::strerror(err));
  int rc = ::link(tmp.c_str(), path.c_str());
  int link_err = errno;
  ::unlink(tmp.c_str());
  if (rc != 0) {
    if (link_err == EEXIST) {
      return Status::InvalidArgument("a ledger key already exists at " + path +
                                     "; it is never replaced (move it away first)");
    }
    return Status::IOError("cannot create " + path + ": " + std::strerror(link_err));
  }
  ledger_internal::SyncParentDir(path);
  TL_RETURN_IF_ERROR(WriteFileAtomic(PublicKeyPath(home), k.PublicHex() + "\n", 0644));
  return k;
}

Result<SigningKey> LoadSigningKey(const std::string& home) {
  std::string path = SigningKeyPath(home);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return Status::NotFound("no ledger key at " + path + "; create one with `tearline keys init`");
    }
    return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
  }
  struct stat st;
  int rc = ::fstat(fd, &st);
  ::close(fd);
  if (rc != 0) return Status::IOError("cannot stat " + path);
  if ((st.st_mode & 077) != 0) {
    return Status::Corruption(path + " is accessible by group or others; run: chmod 600 " + path);
  }
  TL_ASSIGN_OR_RETURN(std::string text, ReadFile(path, 4096));
  auto key = ParseKeyFile(path, text);
  sodium_memzero(text.data(), text.size());
  return key;
}

Result<SigningKey> LoadOrCreateSigningKey(const std::string& home) {
  auto loaded = LoadSigningKey(home);
  if (loaded.ok() || loaded.status().code() != Status::Code::kNotFound) return loaded;
  auto created = CreateSigningKey(home);
  if (created.ok() || created.status().code() != Status::Code::kInvalidArgument) return created;
  return LoadSigningKey(home);  // another process created it first
}

Result<std::array<uint8_t, 32>> LoadPublicKey(const std::string& path) {
  auto text = ReadFile(path, 4096);
  if (!text.ok()) {
    if (!std::filesystem::exists(path)) return Status::NotFound("no public key at " + path);
    return text.status();
  }
  std::string_view t = *text;
  if (!t.empty() && t.back() == '\n') t.remove_suffix(1);
  std::array<uint8_t, 32> pub{};
  if (!FromHex(t, pub.data(), pub.size())) {
    return Status::Corruption(path + " is not a public key (expected 64 hex characters)");
  }
  return pub;
}

}  // namespace tearline

// State directory and recipient key files (tearline/keys.h, doc/keys.md).
#include "tearline/keys.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "sodium_init.h"

namespace tearline {
namespace {

constexpr std::string_view kMagic = "tearline-recipient-key 1\n";
constexpr size_t kHexLen = 64;
// magic + 64 hex + "\n"
constexpr size_t kFileSize = kMagic.size() + kHexLen + 1;

std::string Errno(int err) { return std::strerror(err); }

std::string InitHint(const std::string& home, std::string_view recipient) {
  return "create it with `tearline keys init --recipient " + std::string(recipient) + " --home " +
         home + "`";
}

// Creates one directory with mode 0700 unless it exists as a directory.
Status MakeDir(const std::string& dir) {
  if (::mkdir(dir.c_str(), 0700) == 0) return Status::OK();
  int err = errno;
  struct stat st;
  if (err == EEXIST && ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return Status::OK();
  if (err == EEXIST) return Status::IOError(dir + ": exists and is not a directory");
  return Status::IOError("cannot create directory " + dir + ": " + Errno(err));
}

// Closes fd on scope exit.
struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

}  // namespace

std::string ResolveHome(std::string_view explicit_home) {
  if (!explicit_home.empty()) return std::string(explicit_home);
  if (const char* v = std::getenv("TEARLINE_HOME"); v && *v) return v;
  if (const char* v = std::getenv("XDG_DATA_HOME"); v && *v) return std::string(v) + "/tearline";
  if (const char* v = std::getenv("HOME"); v && *v) return std::string(v) + "/.local/share/tearline";
  if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_dir && *pw->pw_dir)
    return std::string(pw->pw_dir) + "/.local/share/tearline";
  return "";
}

Status EnsureHome(const std::string& home) {
  if (home.empty()) return Status::InvalidArgument("no state directory: set --home or $TEARLINE_HOME");
  // Create each missing component from the root down.
  for (size_t pos = home.find('/', 1); pos != std::string::npos; pos = home.find('/', pos + 1)) {
    TL_RETURN_IF_ERROR(MakeDir(home.substr(0, pos)));
  }
  return MakeDir(home);
}

bool IsValidRecipientName(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] == '.') return false;
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string RecipientKeyPath(const std::string& home, std::string_view recipient) {
  return home + "/keys/" + std::string(recipient) + ".key";
}

Result<std::string> CreateRecipientKey(const std::string& home, std::string_view recipient) {
  if (!IsValidRecipientName(recipient))
    return Status::InvalidArgument("invalid recipient name (1-64 of [A-Za-z0-9._-], not starting with '.')");
  if (!SodiumReady()) return Status::Internal("libsodium failed to initialize");
  TL_RETURN_IF_ERROR(EnsureHome(home));
  TL_RETURN_IF_ERROR(MakeDir(home + "/keys"));
  const std::string path = RecipientKeyPath(home, recipient);

  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    int err = errno;
    if (err == EEXIST)
      return Status::InvalidArgument("a key for recipient " + std::string(recipient) + " already exists at " +
                                     path + "; keys are never replaced");
    return Status::IOError("cannot create " + path + ": " + Errno(err));
  }
  FdCloser closer{fd};

  uint8_t secret[32];
  randombytes_buf(secret, sizeof secret);
  char hex[kHexLen + 1];
  sodium_bin2hex(hex, sizeof hex, secret, sizeof secret);
  sodium_memzero(secret, sizeof secret);
  std::string content(kMagic);
  content.append(hex, kHexLen);
  content += '\n';
  sodium_memzero(hex, sizeof hex);

  Status st;
  if (::fchmod(fd, 0600) != 0) st = Status::IOError("cannot chmod " + path + ": " + Errno(errno));
  size_t off = 0;
  while (st.ok() && off < content.size()) {
    ssize_t n = ::write(fd, content.data() + off, content.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      st = Status::IOError("cannot write " + path + ": " + Errno(errno));
      break;
    }
    off += static_cast<size_t>(n);
  }
  if (st.ok() && ::fsync(fd) != 0) st = Status::IOError("cannot sync " + path + ": " + Errno(errno));
  sodium_memzero(content.data(), content.size());
  if (!st.ok()) {
    ::unlink(path.c_str());
    return st;
  }
  // Make the new directory entry durable; failure here is not fatal.
  if (int dfd = ::open((home + "/keys").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return path;
}

Result<RecipientKey> LoadRecipientKey(const std::string& home, std::string_view recipient) {
  if (!IsValidRecipientName(recipient))
    return Status::InvalidArgument("invalid recipient name (1-64 of [A-Za-z0-9._-], not starting with '.')");
  const std::string path = RecipientKeyPath(home, recipient);
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT)
      return Status::NotFound("no key for recipient " + std::string(recipient) + " at " + path + "; " +
                              InitHint(home, recipient));
    if (err == ELOOP) return Status::Corruption(path + ": is a symbolic link; refusing to use it as a key");
    return Status::IOError("cannot open " + path + ": " + Errno(err));
  }
  FdCloser closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) return Status::IOError("cannot stat " + path + ": " + Errno(errno));
  if (!S_ISREG(st.st_mode)) return Status::Corruption(path + ": not a regular file");
  if ((st.st_mode & 077) != 0)
    return Status::Corruption(path + ": group or others can access this key; run `chmod 600 " + path + "`");

  char buf[kFileSize + 1];
  size_t len = 0;
  while (len < sizeof buf) {
    ssize_t n = ::read(fd, buf + len, sizeof buf - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IOError("cannot read " + path + ": " + Errno(errno));
    if (n == 0) break;
    len += static_cast<size_t>(n);
  }
  std::string_view text(buf, len);
  Status bad = Status::Corruption(path + ": malformed key file (expected \"tearline-recipient-key 1\" and 64 "
                                  "lower-case hex digits; see doc/keys.md)");
  bool ok = len == kFileSize && text.substr(0, kMagic.size()) == kMagic && text.back() == '\n';
  for (size_t i = 0; ok && i < kHexLen; ++i) ok = IsHex(text[kMagic.size() + i]);
  RecipientKey key;
  if (ok) {
    size_t bin_len = 0;
    ok = sodium_hex2bin(key.secret.data(), key.secret.size(), buf + kMagic.size(), kHexLen, nullptr, &bin_len,
                        nullptr) == 0 &&
         bin_len == key.secret.size();
  }
  sodium_memzero(buf, sizeof buf);
  if (!ok) {
    sodium_memzero(key.secret.data(), key.secret.size());
    return bad;
  }
  key.recipient = std::string(recipient);
  return key;
}

}  // namespace tearline

#include "tearline/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <random>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tearline {
namespace {
std::string ErrnoText(int err) { return std::strerror(err); }
}  // namespace

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  std::string data;
  int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError("cannot open " + path + ": " + ErrnoText(errno));
  struct stat st {};
  const bool have_stat = ::fstat(fd, &st) == 0;
  if (have_stat && S_ISDIR(st.st_mode)) {
    if (fd != 0) ::close(fd);
    return Status::IOError("cannot read " + path + ": is a directory");
  }
  if (have_stat && S_ISREG(st.st_mode) && st.st_size > 0 && static_cast<uint64_t>(st.st_size) <= max_bytes) {
    data.reserve(static_cast<size_t>(st.st_size));
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      if (fd != 0) ::close(fd);
      return Status::IOError("cannot read " + path + ": " + ErrnoText(err));
    }
    if (n == 0) break;
    if (data.size() + static_cast<size_t>(n) > max_bytes) {
      if (fd != 0) ::close(fd);
      return Status::BadInput(path + " is larger than the limit of " + std::to_string(max_bytes) +
                              " bytes (raise it with --max-bytes)");
    }
    data.append(buf, static_cast<size_t>(n));
  }
  if (fd != 0) ::close(fd);
  return data;
}

Status WriteFileAtomic(const std::string& path, std::string_view data, unsigned mode) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::random_device rd;
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, ".tmp.%08x", rd());
    tmp = (dir / ("." + target.filename().string() + suffix)).string();
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0 && errno != EEXIST) {
      return Status::IOError("cannot write " + path + ": " + ErrnoText(errno));
    }
  }
  if (fd < 0) return Status::IOError("cannot create a temporary file beside " + path);
  ::fchmod(fd, mode);  // umask must not widen or narrow what was asked
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return Status::IOError("cannot write " + path + ": " + ErrnoText(err));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return Status::IOError("cannot write " + path + ": " + ErrnoText(err));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return Status::IOError("cannot rename into " + path + ": " + ErrnoText(err));
  }
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Status::OK();
}

size_t FindLiteral(std::string_view text, std::string_view needle, size_t from) {
  const size_t n = text.size(), m = needle.size();
  if (from > n) return std::string_view::npos;
  if (m == 0) return from;
  if (m > n - from) return std::string_view::npos;
  const char* s = text.data();
  if (m == 1) {
    const void* hit = std::memchr(s + from, needle[0], n - from);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - s) : std::string_view::npos;
  }
  size_t p = from;
#if defined(__SSE2__)
  // Blocks of 16 starting places whose three loads stay inside the text.
  const __m128i first = _mm_set1_epi8(needle[0]), second = _mm_set1_epi8(needle[1]),
                last = _mm_set1_epi8(needle[m - 1]);
  for (; p + (m - 1) + 16 <= n; p += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p + 1));
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p + m - 1));
    const __m128i hits = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second)),
                                       _mm_cmpeq_epi8(c, last));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask != 0; mask &= mask - 1) {
      const size_t at = p + static_cast<size_t>(__builtin_ctz(mask));
      if (std::memcmp(s + at, needle.data(), m) == 0) return at;
    }
  }
#endif
  return text.find(needle, p);
}

}  // namespace tearline

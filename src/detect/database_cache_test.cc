#include "database_cache.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "tearline/detect.h"
#include "tearline/file.h"

namespace tearline::patterns {
namespace {

namespace fs = std::filesystem;

// A fresh directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "tl_hscache_XXXXXX").string();
    char* made = ::mkdtemp(tmpl.data());
    EXPECT_NE(made, nullptr);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

unsigned ModeOf(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

// The one cache file in `dir` ("" if there is none or more than one).
std::string OnlyCacheFile(const std::string& dir) {
  std::string found;
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".hsdb") {
      found = e.path().string();
      ++n;
    }
  }
  return n == 1 ? found : "";
}

struct Compiled {
  std::unique_ptr<const Detector> detector;
  CacheOutcome outcome;
  std::string reason;
};

Compiled CompileWith(const std::string& cache_dir) {
  PatternOptions options;
  options.cache_dir = cache_dir;
  Compiled c;
  auto r = CompilePatternDetectorReport(options, &c.outcome, &c.reason);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (r.ok()) c.detector = std::move(r).value();
  return c;
}

// Synthetic inputs touching every database: main patterns, deferred
// coordinates, anchored codes and month-name dates.
const char* const kInputs[] = {
    "mail jo.doe+x@example-mail.org or call +44 20 7946 0958 today",
    "position 34.5281, 69.1723 and 34°31'41\"N 69°10'20\"E near the river",
    "born 14 March 1987, met on Sept. 3, 2021 at 10:15",
    "passport no. P1234567, case 2021-KBL-0042, card 4111 1111 1111 1111",
    "IBAN DE89 3704 0044 0532 0130 00 and host 192.168.10.254",
    "nothing sensitive in this line at all",
    "",
};

// Every finding with its confidence, so that two detectors can be compared.
std::string AllFindings(const Detector& d, std::string_view text) {
  auto scratch = d.NewScratch();
  VectorSink sink;
  Status st = d.Scan(text, *scratch, sink);
  EXPECT_TRUE(st.ok()) << st.ToString();
  std::string out;
  for (const Finding& f : sink.findings) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " %.4f", static_cast<double>(f.confidence));
    out += FindingsToString({f}) + buf + ";";
  }
  return out;
}

void ExpectSameFindings(const Detector& got, const Detector& want) {
  size_t nonempty = 0;
  for (const char* text : kInputs) {
    const std::string w = AllFindings(want, text);
    nonempty += !w.empty();
    EXPECT_EQ(AllFindings(got, text), w) << "input: " << text;
  }
  EXPECT_GE(nonempty, 5u);  // the table really exercises the detector
}

const Detector& Uncached() {
  static const Detector* d = CompileWith("").detector.release();
  return *d;
}

std::string Key(char fill) { return std::string(32, fill); }

TEST(CacheFile, RoundTrip) {
  const std::vector<std::vector<std::string>> tables = {
      {"abc", "", "xyz"}, {""}, {}, {std::string(1000, '\x7f'), "q"}};
  for (const auto& blobs : tables) {
    std::string file = EncodeCacheFile(Key('k'), blobs);
    auto got = DecodeCacheFile(file, Key('k'), blobs.size());
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ASSERT_EQ(got->size(), blobs.size());
    for (size_t i = 0; i < blobs.size(); ++i) EXPECT_EQ((*got)[i], blobs[i]);
  }
}

TEST(CacheFile, EveryTruncationAndBitFlipIsRejected) {
  const std::vector<std::string> blobs = {"first database", "", "second"};
  const std::string file = EncodeCacheFile(Key('k'), blobs);
  for (size_t n = 0; n < file.size(); ++n) {
    auto r = DecodeCacheFile(file.substr(0, n), Key('k'), 3);
    EXPECT_EQ(r.status().code(), Status::Code::kCorruption) << "length " << n;
  }
  EXPECT_FALSE(DecodeCacheFile(file + "x", Key('k'), 3).ok());
  for (size_t i = 0; i < file.size(); ++i) {
    std::string bad = file;
    bad[i] ^= 0x01;
    EXPECT_FALSE(DecodeCacheFile(bad, Key('k'), 3).ok()) << "byte " << i;
  }
}

TEST(CacheFile, WrongKeyOrCount) {
  const std::string file = EncodeCacheFile(Key('k'), std::vector<std::string>{"a", "b"});
  struct Case {
    std::string key;
    size_t count;
    const char* reason;
  };
  for (const Case& c : std::vector<Case>{{Key('j'), 2, "other key"}, {Key('k'), 3, "wrong database count"},
                                         {Key('k'), 1, "wrong database count"}}) {
    auto r = DecodeCacheFile(file, c.key, c.count);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find(c.reason), std::string::npos) << r.status().ToString();
  }
}

TEST(CacheKey, CoversEveryInput) {
  Expressions a;
  a.Add("ab+c", 0, 1, 0);
  a.Add("x[0-9]", HS_FLAG_SOM_LEFTMOST, 2, 1);
  auto key = [](std::vector<Expressions> dbs) {
    auto k = DatabaseCacheKey(dbs);
    EXPECT_TRUE(k.ok());
    return k.ok() ? *k : std::string();
  };
  const std::string base = key({a, Expressions{}});
  EXPECT_EQ(base.size(), 32u);
  EXPECT_EQ(key({a, Expressions{}}), base);
  Expressions rows = a;
  rows.rows = {7, 9};  // rows name patterns in messages only
  EXPECT_EQ(key({rows, Expressions{}}), base);

  std::vector<std::vector<Expressions>> variants;
  Expressions v = a;
  v.regexes[0] = "ab+d";
  variants.push_back({v, Expressions{}});
  v = a;
  v.flags[1] = 0;
  variants.push_back({v, Expressions{}});
  v = a;
  v.ids[0] = 3;
  variants.push_back({v, Expressions{}});
  v = a;
  v.regexes[0] = "ab";
  v.regexes[1] = "+cx[0-9]";  // same concatenation, other split
  variants.push_back({v, Expressions{}});
  variants.push_back({Expressions{}, a});
  variants.push_back({a});
  variants.push_back({a, Expressions{}, Expressions{}});
  for (size_t i = 0; i < variants.size(); ++i) EXPECT_NE(key(variants[i]), base) << "variant " << i;
}

TEST(PatternCache, DisabledByDefault) {
  PatternOptions options;
  EXPECT_TRUE(options.cache_dir.empty());
  CacheOutcome outcome = CacheOutcome::kLoaded;
  ASSERT_TRUE(CompilePatternDetectorReport(options, &outcome).ok());
  EXPECT_EQ(outcome, CacheOutcome::kDisabled);
}

TEST(PatternCache, ColdThenWarm) {
  TempDir tmp;
  const std::string dir = tmp.path() + "/state/cache";  // both levels missing
  Compiled cold = CompileWith(dir);
  ASSERT_TRUE(cold.detector);
  EXPECT_EQ(cold.outcome, CacheOutcome::kStored);
  EXPECT_NE(cold.reason.find("no cache file"), std::string::npos) << cold.reason;
  EXPECT_EQ(ModeOf(dir), 0700u);
  EXPECT_EQ(ModeOf(tmp.path() + "/state"), 0700u);
  const std::string file = OnlyCacheFile(dir);
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(ModeOf(file), 0600u);
  EXPECT_EQ(fs::path(file).filename().string().size(), std::string("patterns-.hsdb").size() + 64);

  Compiled warm = CompileWith(dir);
  ASSERT_TRUE(warm.detector);
  EXPECT_EQ(warm.outcome, CacheOutcome::kLoaded);
  EXPECT_EQ(warm.reason, "");
  ExpectSameFindings(*warm.detector, Uncached());
  ExpectSameFindings(*cold.detector, Uncached());
  EXPECT_EQ(OnlyCacheFile(dir), file);
}

// Damages the cache file with `damage`; the next compile must ignore it
// (reason containing `reason`), rewrite it, and the one after must load it.
void ExpectRecovers(const std::function<void(const std::string&)>& damage, const char* reason) {
  TempDir tmp;
  ASSERT_EQ(CompileWith(tmp.path()).outcome, CacheOutcome::kStored);
  const std::string file = OnlyCacheFile(tmp.path());
  ASSERT_FALSE(file.empty());
  damage(file);
  Compiled again = CompileWith(tmp.path());
  ASSERT_TRUE(again.detector);
  EXPECT_EQ(again.outcome, CacheOutcome::kStored) << reason;
  EXPECT_NE(again.reason.find(reason), std::string::npos) << again.reason;
  ExpectSameFindings(*again.detector, Uncached());
  EXPECT_EQ(ModeOf(file), 0600u);
  Compiled last = CompileWith(tmp.path());
  EXPECT_EQ(last.outcome, CacheOutcome::kLoaded) << reason << ": " << last.reason;
  ExpectSameFindings(*last.detector, Uncached());
}

std::string Read(const std::string& path) {
  auto r = ReadFile(path);
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : std::string();
}

void Write(const std::string& path, std::string_view data) {
  ASSERT_TRUE(WriteFileAtomic(path, data, 0600).ok());
}

TEST(PatternCache, DamagedFilesAreIgnoredAndRewritten) {
  ExpectRecovers([](const std::string& f) { Write(f, Read(f).substr(0, Read(f).size() - 10)); },
                 "payload size mismatch");
  ExpectRecovers([](const std::string& f) { Write(f, Read(f).substr(0, Read(f).size() / 2)); }, "size");
  ExpectRecovers([](const std::string& f) { Write(f, Read(f).substr(0, 20)); }, "truncated header");
  ExpectRecovers([](const std::string& f) { Write(f, ""); }, "truncated header");
  ExpectRecovers(
      [](const std::string& f) {
        std::string s = Read(f);
        s[0] = 'X';
        Write(f, s);
      },
      "bad magic");
  ExpectRecovers(
      [](const std::string& f) {
        std::string s = Read(f);
        s[s.size() - 100] ^= 0x40;  // inside the last database
        Write(f, s);
      },
      "payload hash mismatch");
  // A well-formed file (right hash) whose first database is not a Hyperscan
  // database.
  ExpectRecovers(
      [](const std::string& f) {
        std::string s = Read(f);
        const std::string key = s.substr(16, 32);
        auto blobs = DecodeCacheFile(s, key, 3);
        ASSERT_TRUE(blobs.ok());
        std::vector<std::string> copy(blobs->begin(), blobs->end());
        copy[0] = std::string(copy[0].size(), 'z');
        Write(f, EncodeCacheFile(key, copy));
      },
      "does not deserialize");
  // A well-formed file holding a real database of the wrong mode.
  ExpectRecovers(
      [](const std::string& f) {
        std::string s = Read(f);
        const std::string key = s.substr(16, 32);
        auto blobs = DecodeCacheFile(s, key, 3);
        ASSERT_TRUE(blobs.ok());
        std::vector<std::string> copy(blobs->begin(), blobs->end());
        hs_database_t* db = nullptr;
        hs_compile_error_t* error = nullptr;
        ASSERT_EQ(hs_compile("ab[0-9]+", 0, HS_MODE_STREAM, nullptr, &db, &error), HS_SUCCESS);
        char* bytes = nullptr;
        size_t length = 0;
        ASSERT_EQ(hs_serialize_database(db, &bytes, &length), HS_SUCCESS);
        copy[0].assign(bytes, length);
        std::free(bytes);
        hs_free_database(db);
        Write(f, EncodeCacheFile(key, copy));
      },
      "database info mismatch");
  // A file that others may write is not trusted.
  ExpectRecovers([](const std::string& f) { ASSERT_EQ(::chmod(f.c_str(), 0666), 0); }, "private regular file");
  // Nor is a symbolic link, even to a good file.
  ExpectRecovers(
      [](const std::string& f) {
        const std::string target = f + ".target";
        ASSERT_EQ(::rename(f.c_str(), target.c_str()), 0);
        ASSERT_EQ(::symlink(fs::path(target).filename().c_str(), f.c_str()), 0);
      },
      "cannot open cache file");
}

TEST(PatternCache, UnwritableCacheDirStillWorks) {
  TempDir tmp;
  const std::string blocker = tmp.path() + "/not-a-dir";
  Write(blocker, "x");
  for (const std::string& dir : {blocker, blocker + "/cache"}) {
    Compiled c = CompileWith(dir);
    ASSERT_TRUE(c.detector) << dir;
    EXPECT_EQ(c.outcome, CacheOutcome::kStoreFailed) << dir;
    ExpectSameFindings(*c.detector, Uncached());
  }
  EXPECT_EQ(Read(blocker), "x");
}

}  // namespace
}  // namespace tearline::patterns

// Model file format (doc/tagger.md): header, then payload.
//   header (56 bytes): magic "TLTAGGR\0" | u32 version | u32 reserved (0) |
//                      u64 payload size | 32-byte SHA-256 of the payload
//   payload: u32 hash_bits | f32 prob_scale | u32 classes (15) | u32 row width (16) |
//            per lexicon (5): u32 n, n x u64 hashes (sorted) |
//            u32 n, n x (u64 word hash (strictly increasing), u32 cluster code) |
//            u32 rows, rows x (u32 row index (increasing), 16 x i16 weights)
// All integers little-endian.
#include <openssl/evp.h>

#include <cstdlib>
#include <cstring>

#include "src/tag/cluster.h"
#include "src/tag/model_format.h"
#include "tearline/file.h"

namespace tearline {
namespace tag_internal {
namespace {

constexpr char kMagic[8] = {'T', 'L', 'T', 'A', 'G', 'G', 'R', '\0'};
constexpr size_t kFingerprintBytes = 32;

// SHA-256 of the payload. OpenSSL uses the CPU's SHA instructions where they exist: the
// 8.6 MB model hashes in ~6 ms instead of ~40 ms with a software implementation.
void PayloadSha256(std::string_view payload, unsigned char (&hash)[kFingerprintBytes]) {
  unsigned int len = 0;
  if (EVP_Digest(payload.data(), payload.size(), hash, &len, EVP_sha256(), nullptr) != 1 ||
      len != kFingerprintBytes) {
    std::abort();  // only on allocation failure inside OpenSSL
  }
}

template <typename T>
void Put(std::string* out, T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));  // little-endian hosts only (x86-64, aarch64)
  out->append(buf, sizeof(T));
}

class Reader {
 public:
  explicit Reader(std::string_view d) : d_(d) {}
  template <typename T>
  bool Get(T* v) {
    if (d_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, d_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  size_t remaining() const { return d_.size() - pos_; }
  const char* here() const { return d_.data() + pos_; }
  void Skip(size_t n) { pos_ += n; }

 private:
  std::string_view d_;
  size_t pos_ = 0;
};

std::string Hex(const unsigned char* h, size_t n) {
  static const char* kDigits = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s.push_back(kDigits[h[i] >> 4]);
    s.push_back(kDigits[h[i] & 15]);
  }
  return s;
}

}  // namespace

std::string SerializeModel(const TaggerModel::Impl& m) {
  std::string payload;
  Put<uint32_t>(&payload, static_cast<uint32_t>(m.hash_bits));
  Put<float>(&payload, m.prob_scale);
  Put<uint32_t>(&payload, kNumClasses);
  Put<uint32_t>(&payload, kRowWidth);
  for (const auto& set : m.lexicons.sets) {
    Put<uint32_t>(&payload, static_cast<uint32_t>(set.size()));
    for (uint64_t h : set) Put<uint64_t>(&payload, h);
  }
  Put<uint32_t>(&payload, static_cast<uint32_t>(m.lexicons.clusters.size()));
  for (const auto& [h, code] : m.lexicons.clusters) {
    Put<uint64_t>(&payload, h);
    Put<uint32_t>(&payload, code);
  }
  size_t rows = size_t{1} << m.hash_bits;
  uint32_t nonzero = 0;
  for (size_t r = 0; r < rows; ++r) {
    for (int c = 0; c < kRowWidth; ++c) {
      if (m.weights[r * kRowWidth + c] != 0) {
        ++nonzero;
        break;
      }
    }
  }
  Put<uint32_t>(&payload, nonzero);
  for (size_t r = 0; r < rows; ++r) {
    const int16_t* row = &m.weights[r * kRowWidth];
    bool any = false;
    for (int c = 0; c < kRowWidth; ++c) any = any || row[c] != 0;
    if (!any) continue;
    Put<uint32_t>(&payload, static_cast<uint32_t>(r));
    payload.append(reinterpret_cast<const char*>(row), kRowWidth * sizeof(int16_t));
  }
  return ModelFileWithPayload(payload);
}

std::string ModelFileWithPayload(std::string_view payload) {
  unsigned char hash[kFingerprintBytes];
  PayloadSha256(payload, hash);
  std::string file(kMagic, 8);
  Put<uint32_t>(&file, kModelFormatVersion);
  Put<uint32_t>(&file, 0);
  Put<uint64_t>(&file, payload.size());
  file.append(reinterpret_cast<const char*>(hash), sizeof(hash));
  file += payload;
  return file;
}

std::string PayloadFingerprint(std::string_view file_bytes) {
  if (file_bytes.size() < kHeaderSize) return "";
  std::string_view payload = file_bytes.substr(kHeaderSize);
  unsigned char hash[kFingerprintBytes];
  PayloadSha256(payload, hash);
  return Hex(hash, sizeof(hash));
}

Result<std::unique_ptr<TaggerModel::Impl>> ParseModel(std::string_view file) {
  if (file.size() < kHeaderSize) return Status::Corruption("tagger model: file too short for a header");
  if (std::memcmp(file.data(), kMagic, 8) != 0) return Status::Corruption("tagger model: bad magic number (not a tearline tagger model)");
  Reader hdr(file.substr(8));
  uint32_t version = 0, reserved = 0;
  uint64_t payload_size = 0;
  hdr.Get(&version);
  hdr.Get(&reserved);
  hdr.Get(&payload_size);
  if (version != kModelFormatVersion) {
    return Status::Corruption("tagger model: unsupported format version " + std::to_string(version) +
                              " (expected " + std::to_string(kModelFormatVersion) + ")");
  }
  if (payload_size != file.size() - kHeaderSize) {
    return Status::Corruption("tagger model: payload size " + std::to_string(file.size() - kHeaderSize) +
                              " does not match header " + std::to_string(payload_size) + " (truncated?)");
  }
  std::string_view payload = file.substr(kHeaderSize);
  unsigned char hash[kFingerprintBytes];
  PayloadSha256(payload, hash);
  if (std::memcmp(hash, file.data() + 24, sizeof(hash)) != 0) {
    return Status::Corruption("tagger model: fingerprint mismatch (file damaged)");
  }
  auto m = std::make_unique<TaggerModel::Impl>();
  m->fingerprint = Hex(hash, sizeof(hash));
  Reader r(payload);
  uint32_t bits = 0, classes = 0, width = 0;
  float scale = 0;
  if (!r.Get(&bits) || !r.Get(&scale) || !r.Get(&classes) || !r.Get(&width)) {
    return Status::Corruption("tagger model: payload header truncated");
  }
  if (bits < kMinHashBits || bits > kMaxHashBits || classes != kNumClasses || width != kRowWidth || !(scale > 0) || scale > 1e6f) {
    return Status::Corruption("tagger model: payload header out of range");
  }
  m->hash_bits = static_cast<int>(bits);
  m->prob_scale = scale;
  for (auto& set : m->lexicons.sets) {
    uint32_t n = 0;
    if (!r.Get(&n) || r.remaining() / 8 < n) return Status::Corruption("tagger model: lexicon truncated");
    set.resize(n);
    if (n > 0) std::memcpy(set.data(), r.here(), size_t{n} * 8);
    r.Skip(size_t{n} * 8);
    if (!std::is_sorted(set.begin(), set.end())) return Status::Corruption("tagger model: lexicon not sorted");
  }
  uint32_t nclusters = 0;
  if (!r.Get(&nclusters) || r.remaining() / 12 < nclusters) return Status::Corruption("tagger model: clusters truncated");
  m->lexicons.clusters.resize(nclusters);
  for (uint32_t i = 0; i < nclusters; ++i) {
    uint64_t h = 0;
    uint32_t code = 0;
    r.Get(&h);
    r.Get(&code);
    if (code == 0 || ClusterLength(code) > kMaxClusterBits || (i > 0 && h <= m->lexicons.clusters[i - 1].first)) {
      return Status::Corruption("tagger model: bad cluster entry");
    }
    m->lexicons.clusters[i] = {h, code};
  }
  m->lexicons.BuildIndex();
  size_t rows = size_t{1} << bits;
  uint32_t nonzero = 0;
  if (!r.Get(&nonzero) || nonzero > rows) return Status::Corruption("tagger model: bad row count");
  constexpr size_t kRowBytes = 4 + kRowWidth * sizeof(int16_t);
  if (r.remaining() != size_t{nonzero} * kRowBytes) return Status::Corruption("tagger model: weight table size mismatch");
  m->weights.assign(rows * kRowWidth, 0);
  int64_t last = -1;
  for (uint32_t i = 0; i < nonzero; ++i) {
    uint32_t idx = 0;
    r.Get(&idx);
    if (idx >= rows || static_cast<int64_t>(idx) <= last) return Status::Corruption("tagger model: bad row index");
    last = idx;
    std::memcpy(&m->weights[size_t{idx} * kRowWidth], r.here(), kRowWidth * sizeof(int16_t));
    r.Skip(kRowWidth * sizeof(int16_t));
  }
  FinishModel(m.get());
  return m;
}

}  // namespace tag_internal

Result<std::shared_ptr<const TaggerModel>> TaggerModel::Parse(std::string_view file_bytes) {
  TL_ASSIGN_OR_RETURN(auto impl, tag_internal::ParseModel(file_bytes));
  return std::shared_ptr<const TaggerModel>(std::make_shared<TaggerModel>(std::move(impl)));
}

Result<std::shared_ptr<const TaggerModel>> TaggerModel::Load(const std::string& path) {
  auto data = ReadFile(path, size_t{256} << 20);
  if (!data.ok()) return data.status().WithContext("tagger model");
  auto model = Parse(*data);
  if (!model.ok()) return model.status().WithContext(path);
  return model;
}

TaggerModel::TaggerModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TaggerModel::~TaggerModel() = default;
const std::string& TaggerModel::fingerprint() const { return impl_->fingerprint; }

}  // namespace tearline

// tearline/detect.h — detectors: compiled once, scanned many times.
//
// WHAT THESE TYPES REPRESENT
//   A Detector is an immutable, compiled object that finds spans of one or
//   more kinds in UTF-8 text and reports them as Findings into a FindingSink.
//   Detectors report every candidate they see with a confidence in [0, 1],
//   including weak ones; thresholds are applied later by the policy (decide)
//   and, lower, by the leak check (verify).
//   A DetectorScratch is the mutable per-thread working memory of one
//   detector; create one per thread with NewScratch().
//
//   PatternDetector is the pattern detector: one Hyperscan database holding
//   every pattern kind (EMAIL, URL, IP, PHONE, ID/*, COORDINATE, DATE), with
//   validators (Luhn, IBAN mod-97, date validity, coordinate ranges, MGRS
//   syntax) and context words that raise or lower confidence.
//
//   The account detector (NewAccountDetector) finds handles and addresses
//   of profiles, which name their owners.
//
// THREAD SAFETY
//   A compiled Detector is immutable and may be shared by any number of
//   threads. A DetectorScratch must be used by one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "tearline/finding.h"
#include "tearline/status.h"

namespace tearline {

class DetectorScratch {
 public:
  virtual ~DetectorScratch() = default;
  // A hint set by the caller before Scan: findings below this confidence will
  // be discarded, so a detector may skip the work of producing them. A
  // detector may ignore it; it must never report differently at or above it.
  float min_confidence_hint = 0;
  // Set by the caller when the text is derived from the texts scanned with
  // this scratch since the last scan without the hint (the leak check's
  // reading of a release's output): a detector may reuse exact results of
  // those scans. Without it a detector keeps nothing from earlier texts.
  bool rescan_hint = false;
};

class Detector {
 public:
  virtual ~Detector() = default;
  // Stable id written into each Finding::detector ("patterns", "tagger", ...).
  virtual std::string_view id() const = 0;
  // Every kind this detector may report (Engine::Scan fails if it reports
  // another, and skips the detector when the caller wants none of these).
  virtual KindMask kinds() const { return kEveryKind; }
  // A new scratch for one thread. Never null.
  virtual std::unique_ptr<DetectorScratch> NewScratch() const = 0;
  // Reports findings in `text` to `sink`, with offsets relative to text.data().
  // REQUIRES: scratch was made by this detector's NewScratch().
  // Findings may arrive in any order and may overlap.
  virtual Status Scan(std::string_view text, DetectorScratch& scratch, FindingSink& sink) const = 0;
};

struct PatternOptions {
  // Candidates below this confidence are not reported at all.
  float min_confidence = 0.05f;
  // Directory of the compiled-database cache; "" (the default) = no cache.
  // When set, CompilePatternDetector first loads
  // "<cache_dir>/patterns-<key>.hsdb", where <key> is the SHA-256 of
  // everything that determines the databases (expressions, flags, ids, mode,
  // database layout version, Hyperscan version, host platform). On any
  // problem with that file (missing, truncated, wrong magic or payload hash,
  // deserialize error, database info mismatch) it compiles instead and then
  // tries to write the file atomically (mode 0600; missing directories are
  // created with mode 0700). A cache problem or a failed write is never an
  // error; results are identical with and without the cache.
  // The file is read only if it is a regular file owned by the effective
  // user and not writable by group or others.
  std::string cache_dir = "";
};

// The account detector (id "accounts"): ID with subkind HANDLE at 0.8 for
// a handle, "@" then 2 to 30 ASCII letters, digits and '_' holding a letter
// ("@rahimk_kbl"), not after a letter, digit, '_', '@', '.', '/' or a
// non-ASCII byte, and not before '@', a non-ASCII byte or '.' and a letter or
// digit (so never a part of an e-mail address: "rahim@example.org"); URL with
// subkind PROFILE at 0.85 for the address of a profile written without a
// scheme: a domain of a social network or a messenger (facebook.com, fb.com,
// fb.me, instagram.com, linkedin.com, ok.ru, snapchat.com, t.me, telegram.me,
// threads.net, tiktok.com, twitter.com, vk.com, wa.me, x.com, youtube.com;
// after a subdomain too: "m.facebook.com"), '/', then a path that ends in no
// sentence punctuation ("facebook.com/rahim.karimi.5", "t.me/kabul_news").
// The pattern detector finds addresses with a scheme or "www.". A handle
// may hold inner dots ("@ju.castro.rede") unless what follows its last dot
// is a top-level domain (two letters, or com, org, net, ...: "@rahim.example.org").
// Also ID/HANDLE at 0.8: the value after an account label (Skype, Skype ID,
// Telegram, TG, Instagram, IG, TikTok, Signal, Viber, WeChat ID, Line ID,
// Facebook, FB, Twitter, VK, username, usuario, pseudo, ...) and ':' that
// open the text, a line or a cell: one token of ASCII letters, digits, '_'
// and inner '.' or '-' holding a letter, not followed by '@', '/' or another
// capitalised word after a capitalised one ("Facebook: Rahim Karimi"), and
// not "none", "n/a", "no", "yes", "same", "unknown". After the labels of
// who made a record (Exported by, Submitted by, Entered by, Created by,
// Modified by, Uploaded by) the token must have a handle's shape: joined by
// '.' or '-', or holding '_' or a digit ("Exported by: okello.james"; not
// "Entered by: Amina"). And ID/HANDLE at 0.8 for the token of that shape
// named after the word "account(s)" in a sentence, after "is", "named",
// "called", "name is" or "name" and an optional quote mark ("his account is
// tsegay.bahta.77", 'an account named "Thet.Naing.MS"'). Immutable; any
// number of threads.
std::unique_ptr<const Detector> NewAccountDetector();

// Compiles the pattern database. Fails only on an internal error (a bad built-in
// pattern), naming the pattern.
Result<std::unique_ptr<const Detector>> CompilePatternDetector(const PatternOptions& options = {});

}  // namespace tearline

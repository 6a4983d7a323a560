// tearline/keys.h — per-recipient pseudonym keys and the state directory.
//
// WHAT THESE TYPES REPRESENT
//   The state directory holds everything tearline keeps between runs (recipient
//   keys now; the ledger and its signing key later). It is chosen as: an
//   explicit --home DIR, else $TEARLINE_HOME, else $XDG_DATA_HOME/tearline,
//   else $HOME/.local/share/tearline. It is created with mode 0700.
//
//   A RecipientKey is a 32-byte secret used to key HMAC-SHA-256 pseudonyms for
//   one recipient. It lives in <home>/keys/<recipient>.key (mode 0600, text
//   format documented in doc/keys.md). Loading refuses a key file that group or
//   others can read or write (kCorruption with a chmod hint), a malformed or
//   truncated file (kCorruption), and a missing one (kNotFound, with the
//   command that creates it).
//
// THREAD SAFETY
//   RecipientKey is immutable once loaded. The functions touch the file system
//   and do not synchronize with other processes beyond O_EXCL creation.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "tearline/status.h"

namespace tearline {

// Resolves the state directory (see above) without creating it.
// `explicit_home` is the --home value or "".
std::string ResolveHome(std::string_view explicit_home);

// Creates `home` (and parents) if needed, with mode 0700 for what it creates.
Status EnsureHome(const std::string& home);

struct RecipientKey {
  std::string recipient;
  std::array<uint8_t, 32> secret{};
};

// True for names usable as a recipient: 1-64 chars of [A-Za-z0-9._-], not
// starting with '.'.
bool IsValidRecipientName(std::string_view name);

// Path of the key file of `recipient` under `home`.
std::string RecipientKeyPath(const std::string& home, std::string_view recipient);

// Creates a new random key for `recipient`. Fails (kInvalidArgument) if one
// already exists: keys are never silently replaced, since that would break
// pseudonym consistency across releases.
Result<std::string> CreateRecipientKey(const std::string& home, std::string_view recipient);

Result<RecipientKey> LoadRecipientKey(const std::string& home, std::string_view recipient);

// HMAC-SHA-256(key.secret, message).
std::array<uint8_t, 32> HmacSha256(const RecipientKey& key, std::string_view message);

// SHA-256 of data as 64 lower-case hex characters.
std::string Sha256Hex(std::string_view data);

}  // namespace tearline

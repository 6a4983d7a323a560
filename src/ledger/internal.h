// Helpers shared by the ledger's implementation files (not a public API).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tearline::ledger_internal {

// Calls sodium_init() once; false if libsodium cannot initialize.
bool SodiumReady();

std::string ToHex(const uint8_t* data, size_t size);
// Decodes exactly `size` bytes from lower- or upper-case hex; false otherwise.
bool FromHex(std::string_view hex, uint8_t* out, size_t size);
bool IsSha256Hex(std::string_view s);

// "YYYY-MM-DDTHH:MM:SSZ" for seconds since the epoch.
std::string FormatUtc(int64_t seconds);

// Writes `data` to a new file `path` (O_EXCL) with `mode`, fsyncs and closes.
// On failure nothing is left at `path`; returns the errno, 0 on success.
int WriteNewFile(const std::string& path, std::string_view data, unsigned mode);

// fsyncs the directory holding `path` (best effort).
void SyncParentDir(const std::string& path);

}  // namespace tearline::ledger_internal

// Internal to tearline_keys: one-time libsodium initialization.
#pragma once

namespace tearline {

// Calls sodium_init() once per process (thread-safe); true if libsodium is
// usable. Every function of this module that uses libsodium calls it first.
bool SodiumReady();

}  // namespace tearline

// tearline/cli.h — the command-line front end (library part, so tests can drive it).
//
// WHAT THESE FUNCTIONS DO
//   RunCli parses argv and runs one subcommand, writing to the given streams.
//   Exit codes (SPEC): 0 released/ok, 1 blocked (leak check or a gate; nothing
//   written), 2 usage or policy error, 3 bad input, 4 I/O error.
//
// THREAD SAFETY
//   RunCli touches the file system and process environment; call it from one
//   thread at a time.
#pragma once

#include <ostream>

#include "tearline/status.h"

namespace tearline {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBlocked = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitBadInput = 3;
inline constexpr int kExitIO = 4;

// The exit code for a non-OK status (see the table in status.h).
int ExitCodeFor(const Status& status);

int RunCli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace tearline

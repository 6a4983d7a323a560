// The allocator settings of tearline's executables (linked into each of them
// when the build uses jemalloc, TEARLINE_JEMALLOC; README, "Quality and speed").
//
// jemalloc reads this symbol before the first allocation. "thp:always" marks
// every region it maps for transparent huge pages (madvise; it changes
// nothing where the system turns them off), "metadata_thp:auto" does so for
// its own bookkeeping once that grows. A release touches well over a hundred
// megabytes of fresh memory (the model's tables, per-token buffers of the
// document); in 4 KiB pages that is tens of thousands of page faults, about a
// third of a one-document release on the machines measured (BENCHMARKS.md,
// forty-first session). The setting only chooses how memory is mapped: what
// tearline computes does not depend on it.
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's (its man page, "malloc_conf").
const char* malloc_conf = "thp:always,metadata_thp:auto";
}

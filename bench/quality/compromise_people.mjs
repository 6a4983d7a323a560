// Runs compromise's people() over a list of UTF-8 text files and reports the
// spans and the throughput.
//
// Usage: node compromise_people.mjs LIST_FILE PASSES
//   LIST_FILE: one text file path per line. PASSES >= 1: how many timed passes
//   over all texts (the spans come from the first pass; the time reported is the
//   fastest pass).
// Output (stdout, one JSON object): {"version": V, "bytes": total UTF-8 bytes,
//   "seconds": fastest pass wall time, "docs": [{"file": F, "people":
//   [{"start": S, "length": L, "text": T}]}]} where S and L are compromise's
//   offset.start / offset.length: UTF-16 code units of the JS string (the
//   caller converts them to bytes). Timing covers only nlp(text).people()
//   .json({offset: true}) for every text: module loading and file reading are
//   excluded. Exit code 1 on any error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';

function main() {
  const [listFile, passesArg] = process.argv.slice(2);
  const passes = Number.parseInt(passesArg ?? '1', 10);
  if (!listFile || !(passes >= 1)) throw new Error('usage: compromise_people.mjs LIST_FILE PASSES');
  const files = readFileSync(listFile, 'utf8').split('\n').filter((l) => l.length > 0);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let best = Infinity;
  let first = null;
  for (let p = 0; p < passes; ++p) {
    const t0 = performance.now();
    const results = texts.map((t) => nlp(t).people().json({ offset: true }));
    const dt = (performance.now() - t0) / 1000;
    if (first === null) first = results;
    best = Math.min(best, dt);
  }
  const docs = files.map((f, i) => ({
    file: f,
    people: first[i].map((m) => ({ start: m.offset.start, length: m.offset.length, text: m.text })),
  }));
  const require = createRequire(import.meta.url);
  let version = nlp.version ?? '';
  try {
    version = require('compromise/package.json').version;
  } catch {
    // the package may not export package.json; nlp.version is enough
  }
  process.stdout.write(JSON.stringify({ version, bytes, seconds: best, docs }) + '\n');
}

try {
  main();
} catch (e) {
  process.stderr.write(`compromise_people: ${e.message}\n`);
  process.exit(1);
}

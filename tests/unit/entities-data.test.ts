import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/build/gazetteers';

describe('gazetteer data', () => {
  it('src/entities/data/gazetteer.json is what scripts/build/gazetteers.ts builds (run npm run gazetteers)', () => {
    const committed = JSON.parse(readFileSync('src/entities/data/gazetteer.json', 'utf8')) as unknown;
    expect(committed).toEqual(buildGazetteer());
  });

  it('lists the 34 provinces after the 2025 merger and maps every older one to its new unit', () => {
    const lines = readFileSync('src/entities/data/lists/provinces-vn.txt', 'utf8').split('\n');
    const after = lines.slice(lines.indexOf('@2025') + 1, lines.indexOf('@pre2025')).filter((l) => l.trim() !== '');
    expect(after).toHaveLength(34);
    const names = new Set(after.flatMap((l) => l.split('|')));
    const merged = lines.slice(lines.indexOf('@pre2025') + 1).filter((l) => l.includes('=>'));
    expect(merged).toHaveLength(29);
    for (const l of merged) expect(names.has(l.split('=>')[1] ?? '')).toBe(true);
  });
});

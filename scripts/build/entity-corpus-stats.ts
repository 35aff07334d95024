/**
 * Recipe for src/entities/data/corpus-tables.json: tables the recogniser uses, derived from real news usage.
 *   npx tsx scripts/build/entity-corpus-stats.ts PATH/baomoi-2017-sample.jsonl.gz [--exclude DIR]... [--exclude-ids FILE]... [--report FILE]
 * Input: the real-news sample the team shares (4,971 baomoi.com articles of early 2017, see src/entities/data/README.md).
 * Articles whose id names a file in an --exclude directory (the blind evaluation batches, `NN_ID.txt`) are skipped, so
 * no table is learned from text the recogniser is scored blind on. Only counts leave this script, never text.
 *
 * Tables (lower-case keys):
 *  - abbreviations: all-capitals tokens used as common nouns — preceded by a quantifier or plural word ("các DN",
 *    "nhiều CĐV", "3 PV") or followed by a demonstrative ("HĐXX này") in a large share of their uses. Such a token
 *    names a kind of person or thing, not one body.
 *  - plainWords: syllables without tone or vowel marks used as lower-case words ≥ 50 times ("an", "ba", "top"). An
 *    all-capitals token that is a Vietnamese syllable with marks ("KHÔNG", "SỐC", "VÀO") or one of these is a word
 *    printed in capitals (emphasis, a heading), not an acronym (src/entities/caps.ts). The report lists the all-caps
 *    forms the rule calls words, for review.
 *  - orgHeads: capitalised words (or two-word phrases) that open multi-word capitalised names mid-sentence far more
 *    often than they stand alone — reported for review against cues.ts ORG_HEADS; not shipped automatically.
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { isVietSyllable } from '../../src/entities/syllable';
import { tokenize, type Token } from '../../src/entities/tokenize';

const args = process.argv.slice(2);
const input = args[0];
if (input === undefined || input.startsWith('--')) throw new Error('usage: entity-corpus-stats.ts CORPUS.jsonl.gz [--exclude DIR]... [--exclude-ids FILE]... [--report FILE] [--out FILE]');
const excluded = new Set<string>();
let report: string | undefined;
let out = 'src/entities/data/corpus-tables.json';
for (let k = 1; k < args.length; k++) {
  if (args[k] === '--exclude') {
    for (const f of readdirSync(args[++k] ?? '.')) {
      const m = /^\d+_(\d+)\./.exec(f);
      if (m?.[1] !== undefined) excluded.add(m[1]);
    }
  } else if (args[k] === '--exclude-ids') {
    // a file of article ids, one a line (a blind batch still being annotated: its ids, never its text)
    for (const id of readFileSync(args[++k] ?? '', 'utf8').split(/\s+/)) if (id !== '') excluded.add(id);
  } else if (args[k] === '--report') report = args[++k];
  else if (args[k] === '--out') out = args[++k] ?? out;
}

const QUANTIFIERS = new Set('các những nhiều mỗi mọi vài một hai ba bốn sáu bảy tám chín mười trăm nghìn ngàn triệu 1 2 3 4 5 6 7 8 9 10 cả'.split(' '));
/** Function words that neither open nor close a noun phrase an acronym stands for ("với nhà", "hiện nay"). */
const EDGE_WORDS = new Set('với về và của là có trong một các những này đó nay hiện nhận được bị cho từ tại ở thì mà như khi đã sẽ đang rất cũng vào ra lên xuống'.split(' '));
const DEMONSTRATIVES = new Set(['này', 'đó', 'ấy', 'kia', 'nọ']);

interface AcrStat {
  n: number;
  /** in running text: not inside a run of three or more capitalised tokens (a heading in capitals) */
  running: number;
  quant: number;
  demo: number;
}
const lower = new Map<string, number>();
const acr = new Map<string, AcrStat>();
const headFollow = new Map<string, { n: number; name: number }>();
/** "liên quan", "trước đó", "ngày #": a capitalised word + the lower-case word (or number, #) after it opening a sentence */
const openers = new Map<string, number>();
/** the same two words in lower case inside a sentence */
const lowerPairs = new Map<string, number>();
/** the same two words, the first capitalised, inside a sentence: the end of a name before a word ("Tuấn Anh cho biết") */
const capPairs = new Map<string, number>();
let docs = 0;
let skipped = 0;
let chars = 0;
const texts: string[] = [];

const isAllCaps = (t: Token | undefined): boolean => t !== undefined && t.word && t.acronym;

function visit(text: string): void {
  const tokens = tokenize(text.normalize('NFC'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    if (!t.cap && /^\p{Ll}/u.test(t.text)) lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
    const after = tokens[i + 1];
    if (after !== undefined && after.start === t.end + 1 && isVietSyllable(t.lower) && !t.acronym) {
      const second = /^\d/.test(after.text) ? '#' : after.word && !after.cap && /^\p{Ll}/u.test(after.text) ? after.lower : null;
      if (second !== null && t.sentenceStart && t.cap) openers.set(`${t.lower} ${second}`, (openers.get(`${t.lower} ${second}`) ?? 0) + 1);
      if (second !== null && !t.sentenceStart && !t.cap) lowerPairs.set(`${t.lower} ${second}`, (lowerPairs.get(`${t.lower} ${second}`) ?? 0) + 1);
      if (second !== null && !t.sentenceStart && t.cap) capPairs.set(`${t.lower} ${second}`, (capPairs.get(`${t.lower} ${second}`) ?? 0) + 1);
    }
    if (t.acronym && !/\d/.test(t.text)) {
      let s = acr.get(t.text);
      if (s === undefined) acr.set(t.text, (s = { n: 0, running: 0, quant: 0, demo: 0 }));
      s.n++;
      const capsRun = (isAllCaps(tokens[i - 1]) && (isAllCaps(tokens[i - 2]) || isAllCaps(tokens[i + 1]))) || (isAllCaps(tokens[i + 1]) && isAllCaps(tokens[i + 2]));
      if (!capsRun) {
        s.running++;
        const p = tokens[i - 1];
        const n = tokens[i + 1];
        if (p?.word && QUANTIFIERS.has(p.lower)) s.quant++;
        if (n?.word && !n.cap && DEMONSTRATIVES.has(n.lower)) s.demo++;
      }
    }
    // heads: a capitalised non-acronym word mid-sentence, and whether a capitalised word follows within two tokens
    if (t.cap && !t.acronym && !t.sentenceStart) {
      const key = t.lower;
      let h = headFollow.get(key);
      if (h === undefined) headFollow.set(key, (h = { n: 0, name: 0 }));
      h.n++;
      const n1 = tokens[i + 1];
      const n2 = tokens[i + 2];
      if ((n1?.word && !n1.cap && n2?.word && n2.cap) || (n1?.word && n1.cap)) h.name++;
    }
  }
}

const rl = createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (line.trim() === '') continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  if (excluded.has(id)) {
    skipped++;
    continue;
  }
  docs++;
  chars += text.length;
  visit(text);
  texts.push(text);
}

/*
 * Second pass: lower-case phrases whose syllables' initials spell an acronym seen above ("phóng viên" → PV,
 * "hội đồng xét xử" → HĐXX). An acronym whose expansion the corpus writes in lower case is a common noun.
 */
const initial = (t: Token): string => (t.lower[0] ?? '').toUpperCase();
const forms = new Set([...acr.keys()].filter((f) => /^\p{Lu}{2,6}$/u.test(f)));
/** per (acronym, lower-case phrase): articles using both; per acronym and per phrase: articles using it */
const both = new Map<string, number>();
const formDocs = new Map<string, number>();
const phraseDocs = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};
for (const text of texts) {
  const tokens = tokenize(text.normalize('NFC'));
  const here = new Set<string>();
  const said = new Map<string, string[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t0 = tokens[i] as Token;
    if (t0.acronym && forms.has(t0.text)) here.add(t0.text);
    let letters = '';
    for (let n = 0; n < 6; n++) {
      const t = tokens[i + n];
      if (t === undefined || !t.word || t.cap || !isVietSyllable(t.lower)) break;
      letters += initial(t);
      if (n === 0 || !forms.has(letters)) continue;
      const phrase = tokens.slice(i, i + n + 1).map((x) => x.lower).join(' ');
      const list = said.get(letters) ?? [];
      list.push(phrase);
      said.set(letters, list);
    }
  }
  for (const [letters, list] of said) for (const phrase of new Set(list)) bump(phraseDocs, `${letters}\t${phrase}`);
  for (const form of here) {
    bump(formDocs, form);
    for (const phrase of new Set(said.get(form) ?? [])) bump(both, `${form}\t${phrase}`);
  }
}
/** the expansion of an acronym: the lower-case phrase that keeps it company far beyond chance (lift ≥ 5, ≥ 3 articles) */
const expansion = new Map<string, { phrase: string; co: number; lift: number }>();
for (const [key, co] of both) {
  const [form, phrase] = key.split('\t') as [string, string];
  const lift = (co / (formDocs.get(form) ?? 1)) / ((phraseDocs.get(key) ?? 1) / docs);
  const words = phrase.split(' ');
  if (co < 3 || lift < 8 || EDGE_WORDS.has(words[0] ?? '') || EDGE_WORDS.has(words[words.length - 1] ?? '')) continue;
  const best = expansion.get(form);
  if (best === undefined || co > best.co) expansion.set(form, { phrase, co, lift });
}
const abbreviations: string[] = [];
const capsWords: string[] = [];
const acronymNames: string[] = [];
const lines: string[] = [];
for (const [form, s] of [...acr].sort((a, b) => b[1].n - a[1].n)) {
  const low = form.toLowerCase();
  const lowerUses = lower.get(low) ?? 0;
  const syllable = isVietSyllable(low) && /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/.test(low);
  const common = (s.quant + s.demo) / Math.max(1, s.running);
  const ex = expansion.get(form);
  let verdict = '';
  if (syllable && lowerUses >= 20) {
    verdict = 'word';
    if (s.running >= 1) capsWords.push(low);
  } else if (syllable && s.n >= 3) {
    verdict = 'name?';
    acronymNames.push(low);
  } else if (!syllable && ((s.running >= 8 && common >= 0.15) || ex !== undefined)) {
    verdict = 'abbreviation';
    abbreviations.push(low);
  }
  if (s.n >= 3) lines.push(`${form}\tn=${s.n}\trunning=${s.running}\tquant=${s.quant}\tdemo=${s.demo}\tlower=${lowerUses}\t${verdict}\t${ex === undefined ? '' : `${ex.phrase} co=${ex.co} lift=${ex.lift.toFixed(0)} of ${formDocs.get(form) ?? 0}`}`);
}
const heads: string[] = [];
for (const [w, h] of [...headFollow].sort((a, b) => b[1].n - a[1].n)) {
  if (h.n >= 30 && h.name / h.n >= 0.8 && (lower.get(w) ?? 0) >= 30) heads.push(`${w}\t${h.n}\t${(h.name / h.n).toFixed(2)}\tlower=${lower.get(w) ?? 0}`);
}
const sortVi = (xs: string[]): string[] => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'vi'));
/** lower-case words of one syllable without tone or vowel marks that the corpus uses as words ("an", "ba", "top") */
const plainWords = [...lower].filter(([w, n]) => n >= 50 && /^[a-z]+$/.test(w) && isVietSyllable(w)).map(([w]) => w);
/**
 * Sentence openers: two words that open ≥ 20 sentences, are written in lower case inside sentences ≥ 20 times (or a
 * word before a number: "Ngày 12", "Sáng 5"), and whose first word, capitalised inside a sentence, is followed by the
 * second at most a quarter as often as they open one ("Tuấn Anh cho biết" keeps "anh cho" out). A capitalised name run
 * that reaches one ("Ảnh: Thanh Tùng Liên quan đến…", "xã Thụy Vân Ngày 20/6…": a caption or heading glued to the
 * next sentence) ends before it.
 */
const sentenceOpeners = [...openers]
  .filter(([k, n]) => n >= 20 && (k.endsWith(' #') || (lowerPairs.get(k) ?? 0) >= 20) && (capPairs.get(k) ?? 0) <= n / 4)
  .map(([k]) => k);
const tables = {
  source: `scripts/build/entity-corpus-stats.ts over the baomoi 2017 real-news sample (${docs} articles, ${chars} characters; ${skipped} blind-batch articles excluded) — counts only, no text; see src/entities/data/README.md`,
  abbreviations: sortVi(abbreviations).join(' '),
  plainWords: sortVi(plainWords).join(' '),
  sentenceOpeners: sortVi(sentenceOpeners).join(','),
};
writeFileSync(out, `${JSON.stringify(tables, null, 1)}\n`);
process.stdout.write(`${docs} articles (${skipped} excluded), ${acr.size} all-caps forms; ${abbreviations.length} abbreviations, ${capsWords.length} caps words (rule), ${plainWords.length} unmarked syllable words, ${sentenceOpeners.length} sentence openers → ${out}\n`);
const openerLines = [...openers].filter(([, n]) => n >= 20).map(([k, n]) => `${k}\topens=${n}\tlower=${lowerPairs.get(k) ?? 0}\tcapitalised=${capPairs.get(k) ?? 0}`);
if (report !== undefined) {
  writeFileSync(report, `${lines.join('\n')}\n\n# head candidates (word n share-followed-by-capital lower-uses)\n${heads.join('\n')}\n\n# sentence openers (pair, opening, lower case inside, capitalised inside)\n${openerLines.join('\n')}\n`);
}

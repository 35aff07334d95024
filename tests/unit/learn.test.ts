import { describe, expect, it } from 'vitest';
import { learnRules, serializeRules, stableSelector, type Corpus } from '../../src/core/learn';
import { learnerPriors } from '../../src/rules/priors';
import { compileRules, matchBoilerplate, matchHeading, matchLabel } from '../../src/core/rules';
import { JSDOM } from 'jsdom';
import { loadCorpus, loadSeeds } from '../../src/offline/fixtures';

describe('learner', () => {
  const corpus = loadCorpus();
  const rules = learnRules(corpus, learnerPriors);
  const c = compileRules(rules);

  it('is deterministic: same corpus (in any order) → byte-identical output', () => {
    const shuffled: Corpus = { seeds: [...corpus.seeds].reverse(), pages: [...corpus.pages].reverse() };
    expect(serializeRules(learnRules(shuffled, learnerPriors))).toBe(serializeRules(rules));
  });

  it('learns section headings from the seeds with evidence across sites', () => {
    const related = rules.rules.find((r) => r.kind === 'heading' && r.pattern === 'tin lien quan');
    expect(related?.evidence.sites).toEqual(['vietgiaitri.com', 'vov.vn']);
    expect(matchHeading(c, 'Có thể bạn quan tâm')?.category).toBe('recommended');
    expect(matchHeading(c, 'TIN MỚI NHẤT')?.category).toBe('latest');
    // prefix headings generalise: "Đọc nhiều trong Kinh doanh"
    expect(matchHeading(c, 'Đọc nhiều trong Thể thao')?.category).toBe('trending');
  });

  it('generalises the follow-us lines of two sites into one shape', () => {
    const follow = rules.rules.find((r) => r.kind === 'boilerplate' && r.match === 'suffix' && r.pattern === 'theo doi <site> tren');
    expect(follow?.evidence.sites).toEqual(['vietgiaitri.com', 'vov.vn']);
    expect(matchBoilerplate(c, 'Mời bạn đọc theo dõi TTXVN trên')).toBeDefined();
    expect(matchBoilerplate(c, 'Theo dõi VnExpress.net trên')).toBeDefined();
  });

  it('learns alt-text echoes ("… - Hình 1") as a suffix shape, and recurring boilerplate by document frequency', () => {
    expect(matchBoilerplate(c, 'Bất kỳ tiêu đề nào của bài - Hình 3')).toBeDefined();
    expect(matchBoilerplate(c, 'Video đang HOT')).toBeDefined();
    expect(matchBoilerplate(c, 'Ông Blinken cho biết hai bên đã trao đổi thẳng thắn.')).toBeUndefined();
  });

  it('learns teaser labels and marks the showbiz ones celebrity', () => {
    expect(matchLabel(c, 'Sao Việt')?.category).toBe('celebrity');
    expect(matchLabel(c, 'Mọt game')?.category).toBe('celebrity');
    expect(matchLabel(c, 'Sức khỏe')?.category).toBeNull();
  });

  it('learns per-site selectors only from the site\'s own pages', () => {
    const site = rules.rules.filter((r) => r.kind === 'site-selector');
    expect(site.length).toBeGreaterThan(0);
    for (const r of site) for (const p of r.evidence.pages) expect(p.startsWith(`${r.site}__`)).toBe(true);
  });

  it('learns headings without any annotation (unsupervised part)', () => {
    const bare = learnRules({ seeds: loadSeeds().map(({ name, lines }) => ({ name, lines })), pages: [] }, learnerPriors);
    const learned = bare.rules.filter((r) => r.kind === 'heading' && r.evidence.count > 0).map((r) => r.kind === 'heading' && r.pattern);
    expect(learned).toEqual(expect.arrayContaining(['tieu diem', 'tin dang nong', 'tin moi nhat', 'co the ban quan tam']));
  });

  it('picks stable selectors only', () => {
    const doc = new JSDOM('<div id="box-123456" class="dt-flex related-news x"></div><div id="sidebar"></div>').window.document;
    expect(stableSelector(doc.querySelector('.x')!)).toBe('div.related-news');
    expect(stableSelector(doc.querySelector('#sidebar')!)).toBe('#sidebar');
  });
});

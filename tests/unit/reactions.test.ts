import { describe, expect, it } from 'vitest';
import { reactionWidgetsSteps } from '../../src/core/reactions';
import { drain } from '../../src/core/steps';
import { BODY_PARAGRAPHS, notNav, page } from './detector-helpers';

describe('reaction widgets (core/reactions.ts)', () => {
  it('hides a run of counted controls with its prompt and tally', () => {
    const widget = `<div class="stars"><div>Tặng sao cho bài viết</div><div class="list"><a href="javascript:;">1 sao</a><a href="javascript:;">5 sao</a><a href="javascript:;">10 sao</a></div><p>Đã nhận 24 sao</p></div>`;
    const { doc, guard } = page(`<div id="wrap"><div id="body">${BODY_PARAGRAPHS}</div>${widget}</div>`);
    expect(drain(reactionWidgetsSteps(doc.body, guard, notNav)).map((i) => i.element.className)).toEqual(['stars']);
  });

  it('leaves share bars (no counts), pagination (real links) and anything before the article', () => {
    const share = `<div class="share"><button>Facebook</button><button>Zalo</button><button>Copy link</button></div>`;
    const pages = `<div class="pages"><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a></div>`;
    const before = `<div class="top"><button>Thích 1</button><button>Yêu 2</button><button>Buồn 3</button></div>`;
    const { doc, guard } = page(`${before}<div id="wrap"><div id="body">${BODY_PARAGRAPHS}</div>${share}${pages}</div>`);
    expect(drain(reactionWidgetsSteps(doc.body, guard, notNav))).toEqual([]);
  });
});

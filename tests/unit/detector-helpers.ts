/** Small pages for the generic detector tests: an article root with enough paragraphs to be found. */
import { JSDOM } from 'jsdom';
import { articleGuard, findArticleRoot, type ArticleGuard } from '../../src/core/article';

export const BODY_PARAGRAPHS = [
  'Sáng nay, Ủy ban nhân dân thành phố đã họp với các sở ngành để bàn kế hoạch chỉnh trang vỉa hè trên ba mươi tuyến phố trung tâm.',
  'Theo kế hoạch, công việc sẽ bắt đầu từ tháng tới và kéo dài khoảng sáu tháng, với tổng kinh phí dự kiến hơn hai trăm tỉ đồng.',
  'Người dân ở các tuyến phố này được thông báo trước, và việc thi công chỉ diễn ra vào ban đêm để hạn chế ảnh hưởng đến giao thông.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

export function page(html: string, url = 'https://bao.example.vn/bai-viet.htm'): { doc: Document; guard: ArticleGuard } {
  const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url }).window.document;
  const article = findArticleRoot(doc);
  return { doc, guard: articleGuard(article, doc) };
}

export const notNav = (): boolean => false;

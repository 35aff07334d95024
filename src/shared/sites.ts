/**
 * Built-in Vietnamese news portals where clean mode is on by default.
 * Subdomains are included; http and https both match. The build turns this
 * list into the manifest's content-script `matches` and `host_permissions`.
 */
import { hostMatchesDomain } from '../core/hosts';
export const NEWS_SITES: readonly string[] = [
  '24h.com.vn',
  '2sao.vn',
  'afamily.vn',
  'baochinhphu.vn',
  'baodautu.vn',
  'baomoi.com',
  'baophapluat.vn',
  'baotintuc.vn',
  'cafebiz.vn',
  'cafef.vn',
  'cand.com.vn',
  'dantri.com.vn',
  'danviet.vn',
  'docbao.vn',
  'eva.vn',
  'genk.vn',
  'kenh14.vn',
  'kienthuc.net.vn',
  'laodong.vn',
  'ngoisao.vn',
  'nguoiduatin.vn',
  'nhandan.vn',
  'nld.com.vn',
  'plo.vn',
  'qdnd.vn',
  'sggp.org.vn',
  'soha.vn',
  'thanhnien.vn',
  'tienphong.vn',
  'tuoitre.vn',
  'vietgiaitri.com',
  'vietnamnet.vn',
  'vietnamplus.vn',
  'vneconomy.vn',
  'vnexpress.net',
  'vov.vn',
  'vtc.vn',
  'vtv.vn',
  'znews.vn',
  'zingnews.vn',
  'baoquocte.vn',
  'congly.vn',
  'doisongphapluat.com',
  'suckhoedoisong.vn',
  'motthegioi.vn',
  'nongnghiep.vn',
  'tinhte.vn',
  'vietnamfinance.vn',
  'baogiaothong.vn',
  'baodanang.vn',
  'hanoimoi.vn',
  'saostar.vn',
  'yan.vn',
  'giaoducthoidai.vn',
  'thethaovanhoa.vn',
  'bongda.com.vn',
  'vtcnews.vn',
  'tinnhanhchungkhoan.vn',
];

/** Match pattern for a domain: `*.` covers the domain itself and every subdomain; `*://` is http and https. */
export function matchPatternFor(domain: string): string {
  return `*://*.${domain}/*`;
}

export function isBuiltInSite(hostname: string): boolean {
  return NEWS_SITES.some((domain) => hostMatchesDomain(hostname, domain));
}

/** The built-in domain a hostname belongs to, or null. */
export function builtInDomainOf(hostname: string): string | null {
  return NEWS_SITES.find((domain) => hostMatchesDomain(hostname, domain)) ?? null;
}

/**
 * Hostnames: the one place that says which host is which site. Pure (no URL parsing of pages, no browser API).
 *  - siteKeyOf: the key a site's data is stored and matched under ("WWW.24h.com.vn" → "24h.com.vn");
 *  - hostMatchesDomain: a hostname is a domain or one of its subdomains ("m.vnexpress.net" is vnexpress.net).
 */

/** "www.tuoitre.vn" and "tuoitre.vn" are one site: lower case, without a leading "www.". */
export function siteKeyOf(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.startsWith('www.') ? lower.slice(4) : lower;
}

/** True when `hostname` (any case, with or without the root's trailing dot) is `domain` or one of its subdomains. */
export function hostMatchesDomain(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Toolbar badge per tab: the number of blocks hidden on that tab, empty when none or off.
 */
import { browser } from '../shared/browser';

const BADGE_COLOR = '#0f766e';

export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export async function setBadge(tabId: number, count: number): Promise<void> {
  const text = badgeText(count);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

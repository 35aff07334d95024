/**
 * Every runtime message between content script, background, popup and options.
 * One discriminated union; no ad-hoc string messages elsewhere.
 */
import type { Category, Entity } from '../core/types';

export interface HiddenCount {
  category: Category;
  label: string;
  count: number;
}

export interface StatsReply {
  /** location.href of the page that answered (lets tests and tools find a tab without the `tabs` permission) */
  url: string;
  enabled: boolean;
  /** why clean mode is off on this page, when it is */
  reason?: 'site-disabled' | 'global-disabled' | 'not-article';
  hidden: HiddenCount[];
  /**
   * declutterMs: plan + apply of the first pass; entitiesMs: extraction;
   * cleanedAt: performance.now() when the first pass was applied (same time origin as the page),
   * so a benchmark can measure DOMContentLoaded → cleaned.
   */
  timings: { declutterMs: number; entitiesMs: number; cleanedAt?: number };
  entities: Entity[];
  panelOpen: boolean;
}

export type Message =
  | { type: 'tin-gon/stats' }
  | { type: 'tin-gon/set-enabled'; enabled: boolean }
  | { type: 'tin-gon/panel'; open: boolean }
  | { type: 'tin-gon/badge'; count: number }
  | { type: 'tin-gon/toggle-site'; tabId?: number }
  | { type: 'tin-gon/enable-origin'; origin: string }
  | { type: 'tin-gon/disable-origin'; origin: string };

export type MessageType = Message['type'];

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith('tin-gon/');
}

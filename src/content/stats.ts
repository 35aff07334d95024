/**
 * What the content script reports to `{type:'tin-gon/stats'}` (popup, tests, benchmarks).
 */
import type { Entity, HideItem } from '../core/types';
import type { HiddenCount, StatsReply } from '../shared/messages';

/** Hidden blocks grouped by category and label, in a stable order (most first, then by name). */
export function countHidden(items: readonly Pick<HideItem, 'category' | 'label'>[]): HiddenCount[] {
  const counts = new Map<string, HiddenCount>();
  for (const { category, label } of items) {
    const key = `${category}\u0000${label}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { category, label, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.category.localeCompare(b.category) || a.label.localeCompare(b.label),
  );
}

export interface StatsState {
  url: string;
  enabled: boolean;
  reason?: StatsReply['reason'];
  items: readonly Pick<HideItem, 'category' | 'label'>[];
  timings: StatsReply['timings'];
  entities: Entity[];
  panelOpen: boolean;
  partial?: boolean;
  entitiesCover?: StatsReply['entitiesCover'];
  gaveUp?: StatsReply['gaveUp'];
}

/** A plain, structured-clone-safe reply (no DOM nodes, no mentions beyond what Entity carries). */
export function statsReply(state: StatsState): StatsReply {
  const timings: StatsReply['timings'] = { declutterMs: round(state.timings.declutterMs), entitiesMs: round(state.timings.entitiesMs) };
  if (state.timings.cleanedAt !== undefined) timings.cleanedAt = round(state.timings.cleanedAt);
  if (state.timings.declutterSlices !== undefined) timings.declutterSlices = state.timings.declutterSlices;
  const reply: StatsReply = {
    url: state.url,
    enabled: state.enabled,
    hidden: countHidden(state.items),
    timings,
    entities: state.entities,
    panelOpen: state.panelOpen,
  };
  if (state.reason) reply.reason = state.reason;
  if (state.partial) reply.partial = true;
  if (state.entitiesCover) reply.entitiesCover = { ...state.entitiesCover };
  if (state.gaveUp) reply.gaveUp = state.gaveUp;
  return reply;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** The most entities a snapshot carries (the summary's first: its ranking); the popup lists a few per kind. */
export const SNAPSHOT_ENTITY_LIMIT = 200;

/**
 * A reply cut down to what the popup renders, for the background's snapshot (session.ts): per entity its kind, name,
 * role and mention count — not the mentions, aliases and first sentence, which only the in-page panel shows.
 */
export function compactStats(reply: StatsReply): StatsReply {
  const entities = reply.entities.slice(0, SNAPSHOT_ENTITY_LIMIT).map(({ type, name, role, count }) => ({ type, name, aliases: [], role, count, firstSentence: '', mentions: [] }));
  return { ...reply, entities };
}

/**
 * What the panel shows, as plain data: entities grouped by type (people, places, organisations),
 * each group in the order the recogniser ranked them (src/entities/summary.ts: salience — title, lead, mentions,
 * the learned model's confidence; doubtful one-mention entries last, under "Xem thêm"). The panel and the popup
 * show that same order. Pure; unit-tested without a DOM.
 */
import type { Entity, EntityType } from '../core/types';

/** Display order of the groups: Người, Địa điểm, Tổ chức. */
export const GROUP_ORDER: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION'];

export interface EntityGroup {
  type: EntityType;
  entities: Entity[];
}

/** How often the article names the entity: `count`, or the number of mentions when `count` is missing or wrong. */
export function mentionCount(entity: Entity): number {
  const count = Number.isFinite(entity.count) ? entity.count : 0;
  return Math.max(count, entity.mentions?.length ?? 0);
}

/** Stable key for an entity across updates (type + name). */
export function entityKey(entity: Pick<Entity, 'type' | 'name'>): string {
  return `${entity.type}\u0000${entity.name}`;
}

/**
 * Group, keeping the given order within each type (the recogniser's summary order; never re-sorted here, so what
 * a reader sees first is what the summary ranked first). Entities with an empty name or an unknown type are
 * dropped (defensive: the entities come from another module, through a message). Empty groups are omitted.
 */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const byType = new Map<EntityType, Entity[]>(GROUP_ORDER.map((t) => [t, []]));
  for (const entity of entities) {
    if (typeof entity?.name !== 'string' || entity.name.trim() === '') continue;
    byType.get(entity.type)?.push(entity);
  }
  return GROUP_ORDER.map((type) => ({ type, entities: byType.get(type) ?? [] })).filter(
    (g) => g.entities.length > 0,
  );
}

/** Aliases worth showing next to the name: not the name itself, no duplicates, at most `max`. */
export function visibleAliases(entity: Entity, max = 3): string[] {
  const seen = new Set([entity.name.toLocaleLowerCase('vi')]);
  const out: string[] = [];
  for (const alias of entity.aliases ?? []) {
    if (typeof alias !== 'string') continue;
    const key = alias.trim().toLocaleLowerCase('vi');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
    if (out.length >= max) break;
  }
  return out;
}

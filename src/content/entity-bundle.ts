/**
 * The contract between content.js and entities.js, the lazily injected second bundle.
 *
 * content.js only cleans (engine, runtime rules, adapter). The entity recogniser, its gazetteers and the
 * in-page panel are the larger half of the code and nothing a first paint needs, so they ship as
 * entities.js: after the first clean the content script asks the background (`tin-gon/load-entities`),
 * which injects the file with `scripting.executeScript` into this frame's content-script world (the
 * isolated world in Chrome, the content-script sandbox in Firefox). There it registers itself on a
 * global that only this extension's scripts in this page can see; content.js reads it from there.
 *
 * Learning from the cleaned page (learn-page.ts) rides along: it runs after the clean too.
 *
 * This module has no code of the lazy half: type-only imports, so content.js stays small.
 */
import type { extractEntities } from '../entities';
import type { extractEntitiesSteps } from '../entities/sliced';
import type { mountPanel, panelLabels } from '../panel';
import type { learnPage } from './learn-page';

/** Bumped when the shape below changes: a page holding an older entities.js gets the new one injected. */
export const ENTITY_BUNDLE_API = 3;
const GLOBAL_KEY = '__tinGonEntities';

export interface EntityBundle {
  api: typeof ENTITY_BUNDLE_API;
  extractEntities: typeof extractEntities;
  /** the same, one chunk of paragraphs per step: the content script runs it in slices (issue 10) */
  extractEntitiesSteps: typeof extractEntitiesSteps;
  mountPanel: typeof mountPanel;
  panelLabels: typeof panelLabels;
  /** on-device learning after the clean (learn-page.ts): also nothing a first paint needs */
  learnPage: typeof learnPage;
}

type Scope = Record<string, unknown>;
const globalScope = (): Scope => globalThis as unknown as Scope;

/** entities.js: make the bundle available to content.js in this world. */
export function registerEntityBundle(bundle: EntityBundle, scope: Scope = globalScope()): void {
  scope[GLOBAL_KEY] = Object.freeze(bundle);
}

/** content.js: the bundle, when entities.js (of this API version) was injected into this world. */
export function registeredEntityBundle(scope: Scope = globalScope()): EntityBundle | undefined {
  const bundle = scope[GLOBAL_KEY] as Partial<EntityBundle> | undefined;
  return bundle?.api === ENTITY_BUNDLE_API ? (bundle as EntityBundle) : undefined;
}

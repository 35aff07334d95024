/**
 * The contract between content.js and entities.js, the lazily injected second bundle.
 *
 * content.js only cleans (engine, runtime rules, adapter). The entity recogniser, its gazetteers and the
 * in-page panel are the larger half of the code and nothing a first paint needs, so they ship as
 * entities.js: after the first clean the content script asks the background (`tin-gon/load-entities`) to
 * inject it, then reads it from its slot (bundle-loader.ts).
 *
 * Learning from the cleaned page (learn-page.ts) rides along: it runs after the clean too.
 *
 * This module has no code of the lazy half: type-only imports, so content.js stays small.
 */
import type { extractEntities } from '../entities';
import type { extractEntitiesSteps } from '../entities/sliced';
import type { mountPanel, panelLabels } from '../panel';
import type { learnPage } from './learn-page';
import { bundleSlot } from './bundle-loader';

/** Bumped when the shape below changes: a page holding an older entities.js gets the new one injected. */
export const ENTITY_BUNDLE_API = 4;

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

const slot = bundleSlot<EntityBundle>('__tinGonEntities', ENTITY_BUNDLE_API);
/** entities.js: make the bundle available to content.js in this world. */
export const registerEntityBundle = slot.register;
/** content.js: the bundle, when entities.js (of this API version) was injected into this world. */
export const registeredEntityBundle = slot.registered;

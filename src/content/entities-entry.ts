/**
 * Entry of entities.js, the lazily injected half of the content script (see entity-bundle.ts): the
 * entity recogniser with its gazetteers, the in-page panel, and on-device learning (learn-page.ts). No browser API and no side effect but
 * registering itself, so injecting it twice, or into a page that has no content script, is harmless.
 */
import { extractEntities } from '../entities';
import { extractEntitiesSteps } from '../entities/sliced';
import { mountPanel, panelLabels } from '../panel';
import { ENTITY_BUNDLE_API, registerEntityBundle, type EntityBundle } from './entity-bundle';
import { learnPage } from './learn-page';

export const ENTITY_BUNDLE: EntityBundle = { api: ENTITY_BUNDLE_API, extractEntities, extractEntitiesSteps, mountPanel, panelLabels, learnPage };

registerEntityBundle(ENTITY_BUNDLE);

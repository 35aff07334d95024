/**
 * Script files the background injects with `scripting` (scripts/build/build.ts checks that each exists in
 * both dist folders, as it does for the files the manifest names).
 */
/** the content script (manifest, registered for added origins, re-injected into open tabs) */
export const CONTENT_JS = 'content.js';
/** the entity recogniser, gazetteers and panel, injected on demand next to the content script */
export const ENTITIES_JS = 'entities.js';
/** the correction UI (element picker, "Hiện lại" buttons), injected on demand next to the content script */
export const PICKER_JS = 'picker.js';

export const INJECTED_FILES = [CONTENT_JS, ENTITIES_JS, PICKER_JS] as const;

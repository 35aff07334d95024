/**
 * The contract between content.js and picker.js, the on-demand bundle of the correction UI.
 *
 * Only a reader who clicks "Chọn khối để ẩn" or shows the hidden blocks ("Hiện phần đã ẩn", outline mode)
 * needs the element picker, the "Hiện lại" buttons and the code that stores a correction; content.js runs at
 * document_start on every listed page and stays small without them. Like entities.js (entity-bundle.ts), the
 * content script asks the background (`tin-gon/load-picker`), which injects picker.js with
 * `scripting.executeScript` into this frame's content-script world; there it registers itself on a global
 * that only this extension's scripts in this page can see.
 *
 * This module has no code of the lazy half: type-only imports, so content.js stays small.
 */
import type { ElementPicker } from './picker';
import type { saveCorrection } from './save-correction';
import type { UnhideButtons } from './unhide-buttons';

/** Bumped when the shape below changes: a page holding an older picker.js gets the new one injected. */
export const PICKER_BUNDLE_API = 1;
const GLOBAL_KEY = '__tinGonPicker';

export interface PickerBundle {
  api: typeof PICKER_BUNDLE_API;
  ElementPicker: typeof ElementPicker;
  UnhideButtons: typeof UnhideButtons;
  saveCorrection: typeof saveCorrection;
}

type Scope = Record<string, unknown>;
const globalScope = (): Scope => globalThis as unknown as Scope;

/** picker.js: make the bundle available to content.js in this world. */
export function registerPickerBundle(bundle: PickerBundle, scope: Scope = globalScope()): void {
  scope[GLOBAL_KEY] = Object.freeze(bundle);
}

/** content.js: the bundle, when picker.js (of this API version) was injected into this world. */
export function registeredPickerBundle(scope: Scope = globalScope()): PickerBundle | undefined {
  const bundle = scope[GLOBAL_KEY] as Partial<PickerBundle> | undefined;
  return bundle?.api === PICKER_BUNDLE_API ? (bundle as PickerBundle) : undefined;
}

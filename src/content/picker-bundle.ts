/**
 * The contract between content.js and picker.js, the on-demand bundle of the correction UI.
 *
 * Only a reader who clicks "Chọn khối để ẩn" or shows the hidden blocks ("Hiện phần đã ẩn", outline mode)
 * needs the element picker, the "Hiện lại" buttons and the code that stores a correction; content.js runs at
 * document_start on every listed page and stays small without them. Like entities.js (entity-bundle.ts), the
 * content script asks the background (`tin-gon/load-picker`) to inject picker.js, then reads it from its slot
 * (bundle-loader.ts).
 *
 * This module has no code of the lazy half: type-only imports, so content.js stays small.
 */
import type { ElementPicker } from './picker';
import type { saveCorrection } from './save-correction';
import type { UnhideButtons } from './unhide-buttons';
import { bundleSlot } from './bundle-loader';

/** Bumped when the shape below changes: a page holding an older picker.js gets the new one injected. */
export const PICKER_BUNDLE_API = 1;

export interface PickerBundle {
  api: typeof PICKER_BUNDLE_API;
  ElementPicker: typeof ElementPicker;
  UnhideButtons: typeof UnhideButtons;
  saveCorrection: typeof saveCorrection;
}

const slot = bundleSlot<PickerBundle>('__tinGonPicker', PICKER_BUNDLE_API);
/** picker.js: make the bundle available to content.js in this world. */
export const registerPickerBundle = slot.register;
/** content.js: the bundle, when picker.js (of this API version) was injected into this world. */
export const registeredPickerBundle = slot.registered;

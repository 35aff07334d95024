/**
 * Entry of picker.js, the on-demand bundle of the correction UI (see picker-bundle.ts): the element picker,
 * the "Hiện lại" buttons and storing a correction (storage.local). No side effect but registering itself, so
 * injecting it twice, or into a page that has no content script, is harmless.
 */
import { ElementPicker } from './picker';
import { PICKER_BUNDLE_API, registerPickerBundle, type PickerBundle } from './picker-bundle';
import { saveCorrection } from './save-correction';
import { UnhideButtons } from './unhide-buttons';

export const PICKER_BUNDLE: PickerBundle = { api: PICKER_BUNDLE_API, ElementPicker, UnhideButtons, saveCorrection };

registerPickerBundle(PICKER_BUNDLE);

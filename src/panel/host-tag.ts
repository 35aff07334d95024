/**
 * Tag of the host element the panel adds to the page. Its own module so that the content script can
 * recognise the panel (and not feed its observer on it) without bundling the panel itself, which ships
 * in the lazily injected entities.js.
 */
export const PANEL_HOST_TAG = 'tin-gon-panel';

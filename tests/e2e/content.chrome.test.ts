import { contentSuite } from './content-suite';

// Chromium cannot accept an optional-permission prompt headless: "enable on this site" is covered up to
// the permission check here, and end to end in content.firefox.test.ts.
contentSuite('chrome');

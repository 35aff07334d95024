/**
 * Reader view preferences (font size, theme), kept in storage.local under one key and validated on read.
 */
export const READER_PREFS_KEY = 'readerPrefs';
export type ReaderTheme = 'light' | 'dark' | 'sepia';
export const READER_THEMES: readonly ReaderTheme[] = ['light', 'dark', 'sepia'];
export const FONT_SIZES: readonly number[] = [15, 17, 19, 21, 24, 28];

export interface ReaderPrefs {
  fontSize: number;
  theme: ReaderTheme;
}

export function defaultReaderPrefs(prefersDark = false): ReaderPrefs {
  return { fontSize: 19, theme: prefersDark ? 'dark' : 'light' };
}

export function parseReaderPrefs(raw: unknown, prefersDark = false): ReaderPrefs {
  const d = defaultReaderPrefs(prefersDark);
  if (typeof raw !== 'object' || raw === null) return d;
  const r = raw as Record<string, unknown>;
  const fontSize = typeof r.fontSize === 'number' && FONT_SIZES.includes(r.fontSize) ? r.fontSize : d.fontSize;
  const theme = READER_THEMES.includes(r.theme as ReaderTheme) ? (r.theme as ReaderTheme) : d.theme;
  return { fontSize, theme };
}

/** One step bigger (+1) or smaller (−1), within FONT_SIZES. */
export function stepFontSize(current: number, delta: 1 | -1): number {
  const at = FONT_SIZES.indexOf(current);
  const index = Math.min(FONT_SIZES.length - 1, Math.max(0, (at === -1 ? 2 : at) + delta));
  return FONT_SIZES[index] ?? current;
}

/**
 * Types shared by every part of the core engine and its adapters.
 * The core is pure TypeScript over the DOM: no `browser.*`, no globals.
 */
import type { TextBlock } from './article';

/** What a hidden block is. The reader can switch each category on or off. */
export type Category = 'related' | 'trending' | 'latest' | 'recommended' | 'celebrity' | 'inline';

export const CATEGORIES: readonly Category[] = ['related', 'trending', 'latest', 'recommended', 'celebrity', 'inline'];

/** A plain object (not null, not an array): what stored or received data is checked for (one copy in the bundles). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One block the engine decided to hide, with its reason. */
export interface HideItem {
  element: Element;
  category: Category;
  /** id of the rule that matched (a learned rule id, or a generic rule name) */
  ruleId: string;
  /** short human label, e.g. the section heading "Tin liên quan" */
  label: string;
}

export interface HidePlan {
  /** the element judged to hold the article, or null when none was found */
  article: Element | null;
  items: HideItem[];
  /** elements a learned per-site selector matches but the article guard keeps: the site CSS must spare them */
  keep: Element[];
  /** the article's paragraphs with their text (core/article.ts articleParagraphs): articleText reads them */
  paragraphs: readonly TextBlock[];
}

export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

export interface Mention {
  /** UTF-16 offsets into the input text */
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  type: EntityType;
  name: string;
  aliases: string[];
  /** title or office the article gives, e.g. "Ngoại trưởng Mỹ" */
  role?: string;
  count: number;
  firstSentence: string;
  mentions: Mention[];
}

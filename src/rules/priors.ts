/** The learner's hand-written seed lexicon (priors.json), typed for core/learn.ts. Offline only. */
import type { Priors } from '../core/learn';
import priors from './priors.json';

export const learnerPriors: Priors = priors as Priors;

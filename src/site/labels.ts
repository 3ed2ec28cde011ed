import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ActorRole, EventKind, FigureKind, Qualifier, Side } from '../model/types.js';

export interface NounForms {
  label: string;
  one: string;
  two: string;
  few: string;
  many: string;
  def: string;
  group: 'people' | 'attacks' | 'things';
}

export interface SideWords {
  few: string;
  many: string;
  def: string;
  short: string;
}

/** The words the site shows, read from `labels.yml`. */
export interface Labels {
  site: { name: string; tagline: string; skip: string; nav: string };
  eventKinds: Record<EventKind, { label: string; plural: string; note: string }>;
  countries: Record<string, string>;
  actorRoles: Record<ActorRole, string>;
  figureKinds: Record<FigureKind, NounForms>;
  sides: Record<NounForms['group'], Record<Side, SideWords>>;
  qualifiers: Record<Qualifier, { before: string; after: string; vague?: boolean; note: string }>;
  outlets: { one: string; two: string; few: string; many: string };
}

let cached: Labels | null = null;

/** Loads `src/site/labels.yml` once. */
export function loadLabels(): Labels {
  cached ??= parse(readFileSync(new URL('./labels.yml', import.meta.url), 'utf8')) as Labels;
  return cached;
}

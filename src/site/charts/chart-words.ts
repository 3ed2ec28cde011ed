/** The charts' words, from `chart-words.yml`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Qualifier, Side } from '../../model/types.js';

interface ChartText {
  title: string;
  description: string;
  empty: string;
  caption: string;
  head: string[];
}

export interface ChartWords {
  qualifiers: Record<Qualifier, string>;
  marks: { exact: string; open: string; approx: string; bound: string; range: string };
  unknownOutlet: string;
  unbounded: string;
  dataLabel: string;
  sides: Record<Side, string>;
  kinds: { killed: string; injured: string };
  multiCountry: string;
  tally: ChartText & { axis: string };
  casualties: ChartText;
  troops: ChartText & { agree: { one: string; two: string; few: string; many: string } };
}

let cached: ChartWords | null = null;

/** Loads `chart-words.yml` once. */
export function chartWords(): ChartWords {
  cached ??= parse(readFileSync(new URL('./chart-words.yml', import.meta.url), 'utf8')) as ChartWords;
  return cached;
}

/**
 * Fills `{key}` slots.
 *
 * @example fillWords('أكثر من {n}', {n: '60'}) // 'أكثر من 60'
 */
export function fillWords(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * "N sources" with the noun in the form Arabic counting takes (1, 2, 3–10, 11+).
 *
 * @example sourcesText(1) // 'مصدر واحد'
 * @example sourcesText(3) // '3 مصادر'
 * @example sourcesText(12) // '12 مصدرًا'
 */
export function sourcesText(count: number): string {
  const forms = chartWords().troops.agree;
  if (count === 1) return forms.one;
  if (count === 2) return forms.two;
  const rest = count % 100;
  return fillWords(rest >= 3 && rest <= 10 ? forms.few : forms.many, { n: count });
}

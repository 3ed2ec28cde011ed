import type { Figure } from '../model/types.js';
import { formatNumber } from './format-date.js';
import { loadLabels } from './labels.js';

/**
 * A figure in words and numbers, as a reader would say it: the qualifier,
 * the number, the noun in the form the count takes, whose it is.
 *
 * @example figureText({kind: 'injured', side: 'us', value: 8, qualifier: 'exact', …}) // '8 جرحى أميركيين'
 * @example figureText({kind: 'attacks', side: 'us', value: 60, qualifier: 'more-than', …}) // 'أكثر من 60 هجومًا على القوات الأميركية'
 * @example figureText({kind: 'injured', side: 'us', value: null, qualifier: 'dozens', …}) // 'عشرات الجرحى الأميركيين'
 */
export function figureText(figure: Pick<Figure, 'kind' | 'side' | 'value' | 'qualifier'>): string {
  const labels = loadLabels();
  const noun = labels.figureKinds[figure.kind];
  const qualifier = labels.qualifiers[figure.qualifier];
  const side = labels.sides[noun.group][figure.side];
  const value = figure.value;
  if (value === null || qualifier.vague) {
    return join(qualifier.before, noun.def, side.def, qualifier.after);
  }
  const exact = figure.qualifier === 'exact';
  if (exact && value === 1) return noun.one;
  if (exact && value === 2) return noun.two;
  const form = countForm(value);
  return join(qualifier.before, formatNumber(value), form === 'few' ? noun.few : noun.many, form === 'few' ? side.few : side.many, qualifier.after);
}

/** Which noun form follows a number: 3–10 the plural, else the singular. */
function countForm(value: number): 'few' | 'many' {
  const rest = Math.abs(value) % 100;
  return Number.isInteger(value) && rest >= 3 && rest <= 10 ? 'few' : 'many';
}

/**
 * How many outlets report an event, in words.
 *
 * @example outletCountText(1) // 'مصدر واحد'
 * @example outletCountText(3) // 'يؤكده 3 مصادر'
 */
export function outletCountText(count: number): string {
  const words = loadLabels().outlets;
  if (count <= 1) return words.one;
  if (count === 2) return words.two;
  return (countForm(count) === 'few' ? words.few : words.many).replace('{n}', formatNumber(count));
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * How a reported number is drawn, by qualifier (a table, not an if-chain):
 * a filled mark is a number the text states or an inclusive bound; a
 * hollow mark an exclusive bound ("أكثر من 60" is not 60); a dashed,
 * half-filled mark an approximation ("نحو"); an arrow an open bound (no
 * limit the other way); an I-beam a range ("عشرات": 20–99). The series
 * (outlet) is told by shape as well as colour, so print and colour-blind
 * readers can follow it.
 */
import type { Figure, Qualifier } from '../../model/types.js';
import { px } from './format.js';

export type MarkFill = 'solid' | 'open' | 'approx';
export type MarkBound = 'up' | 'down' | 'range' | null;

export interface MarkStyle {
  /** Which number the mark sits on. */
  at: 'value' | 'min' | 'mid';
  fill: MarkFill;
  bound: MarkBound;
}

export const QUALIFIER_MARKS: Readonly<Record<Qualifier, MarkStyle>> = {
  exact: { at: 'value', fill: 'solid', bound: null },
  about: { at: 'value', fill: 'approx', bound: null },
  'more-than': { at: 'value', fill: 'open', bound: 'up' },
  'at-least': { at: 'min', fill: 'solid', bound: 'up' },
  'less-than': { at: 'value', fill: 'open', bound: 'down' },
  'up-to': { at: 'value', fill: 'solid', bound: 'down' },
  dozens: { at: 'mid', fill: 'open', bound: 'range' },
  several: { at: 'min', fill: 'approx', bound: 'up' },
};

/**
 * The number a report's mark sits on.
 *
 * @example markValue({qualifier: 'more-than', value: 60, min: 61, max: null}) // 60
 * @example markValue({qualifier: 'dozens', value: null, min: 20, max: 99}) // 59.5
 */
export function markValue(figure: Pick<Figure, 'qualifier' | 'value' | 'min' | 'max'>): number {
  const style = QUALIFIER_MARKS[figure.qualifier];
  const min = figure.min ?? figure.value ?? 0;
  if (style.at === 'min') return min;
  if (style.at === 'mid') return (min + (figure.max ?? min)) / 2;
  return figure.value ?? min;
}

export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'pentagon', 'star'] as const;
export type Shape = (typeof SHAPES)[number];

const FILL_ATTRIBUTES: Readonly<Record<MarkFill, string>> = {
  solid: 'fill="currentColor" stroke="currentColor" stroke-width="1.5"',
  open: 'fill="currentColor" fill-opacity="0" stroke="currentColor" stroke-width="1.8"',
  approx: 'fill="currentColor" fill-opacity="0.3" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5"',
};

/** Regular polygon points around (x, y). */
function polygon(x: number, y: number, r: number, sides: number, rotate: number, inner?: number): string {
  const points: string[] = [];
  const count = inner === undefined ? sides : sides * 2;
  for (let i = 0; i < count; i++) {
    const radius = inner !== undefined && i % 2 === 1 ? inner : r;
    const angle = rotate + (i * 2 * Math.PI) / count;
    points.push(`${px(x + radius * Math.sin(angle))},${px(y - radius * Math.cos(angle))}`);
  }
  return points.join(' ');
}

/**
 * One mark: the series' shape at (x, y), filled as the qualifier says.
 *
 * @example shapeSvg('circle', 10, 20, 5, 'open') // '<circle cx="10" cy="20" r="5" class="khatt-mark khatt-mark-open" fill="currentColor" fill-opacity="0" …/>'
 */
export function shapeSvg(shape: Shape, x: number, y: number, r: number, fill: MarkFill): string {
  const common = `class="khatt-mark khatt-mark-${fill}" ${FILL_ATTRIBUTES[fill]}`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${px(r)}" ${common}/>`;
    case 'square':
      return `<rect x="${px(x - r * 0.85)}" y="${px(y - r * 0.85)}" width="${px(r * 1.7)}" height="${px(r * 1.7)}" ${common}/>`;
    case 'diamond':
      return `<polygon points="${polygon(x, y, r * 1.15, 4, 0)}" ${common}/>`;
    case 'triangle':
      return `<polygon points="${polygon(x, y + r * 0.2, r * 1.2, 3, 0)}" ${common}/>`;
    case 'pentagon':
      return `<polygon points="${polygon(x, y, r * 1.1, 5, 0)}" ${common}/>`;
    case 'star':
      return `<polygon points="${polygon(x, y, r * 1.3, 5, 0, r * 0.6)}" ${common}/>`;
  }
}

/**
 * The open-bound arrow or range bar of a mark. `dy` is +1 when larger
 * values are drawn upwards (vertical axis), `axis` says which way values grow.
 *
 * @example boundSvg('up', 10, 50, 5, null, null, 'y') // '<path class="khatt-bound" d="M10 45V27M6 31l4-4 4 4" …/>'
 */
export function boundSvg(bound: MarkBound, x: number, y: number, r: number, low: number | null, high: number | null, axis: 'y' | 'x-left'): string {
  if (bound === null) return '';
  const attrs = 'fill="none" stroke="currentColor" stroke-width="1.5"';
  const length = 18;
  if (axis === 'y') {
    if (bound === 'range' && low !== null && high !== null) {
      return `<path class="khatt-bound khatt-bound-range" d="M${px(x)} ${px(low)}V${px(high)}M${px(x - 4)} ${px(low)}h8M${px(x - 4)} ${px(high)}h8" ${attrs}/>`;
    }
    const sign = bound === 'up' ? -1 : 1;
    const tip = y + sign * (r + length);
    return `<path class="khatt-bound khatt-bound-${bound}" d="M${px(x)} ${px(y + sign * r)}V${px(tip)}M${px(x - 4)} ${px(tip - sign * 4)}l4 ${px(sign * 4)} 4 ${px(-sign * 4)}" ${attrs}/>`;
  }
  // horizontal, values growing to the left (RTL bars)
  if (bound === 'range' && low !== null && high !== null) {
    return `<path class="khatt-bound khatt-bound-range" d="M${px(low)} ${px(y)}H${px(high)}M${px(low)} ${px(y - 4)}v8M${px(high)} ${px(y - 4)}v8" ${attrs}/>`;
  }
  const sign = bound === 'up' ? -1 : 1;
  const tip = x + sign * (r + length);
  return `<path class="khatt-bound khatt-bound-${bound}" d="M${px(x + sign * r)} ${px(y)}H${px(tip)}M${px(tip - sign * 4)} ${px(y - 4)}l${px(sign * 4)} 4 ${px(-sign * 4)} 4" ${attrs}/>`;
}

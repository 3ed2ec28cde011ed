/**
 * A d3-geo path context that writes compact SVG path data: coordinates
 * rounded to 0.1 unit, relative `l` commands, points closer than `minStep`
 * to the last kept one dropped (a cheap simplification that keeps maps
 * small), and rings that collapse to fewer than three points left out.
 */

import type { GeoContext } from 'd3-geo';

export class RoundedPath implements GeoContext {
  private readonly parts: string[] = [];
  private ring: [number, number][] = [];
  private readonly minStep: number;

  /** @param minStep drop points closer than this (in output units, default 0.8) to the previous one */
  constructor(minStep = 0.8) {
    this.minStep = minStep;
  }

  /** Canvas API compatibility: nothing to begin. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < this.minStep * 10) return;
    this.ring.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  /** Points (d3 draws them as circles) are not used on maps: ignored. */
  arc(): void {}

  /** The path data written so far. */
  result(): string {
    this.flush(false);
    return this.parts.join('');
  }

  private flush(closed: boolean): void {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < (closed ? 3 : 2)) return;
    const [first, ...rest] = ring;
    if (!first) return;
    let [px, py] = first;
    const numbers: number[] = [];
    for (const [x, y] of rest) {
      numbers.push(x - px, y - py);
      px = x;
      py = y;
    }
    this.parts.push(`M${formatNumbers([first[0], first[1]])}l${formatNumbers(numbers)}${closed ? 'z' : ''}`);
  }
}

/** Tenths as SVG numbers: `12` → `1.2`, `-3` → `-.3`; a space between numbers unless a minus sign separates them. */
function formatNumbers(tenths: readonly number[]): string {
  let out = '';
  for (const t of tenths) {
    const text = (t / 10).toString().replace(/^(-?)0\./u, '$1.');
    out += out === '' || text.startsWith('-') ? text : ` ${text}`;
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import type { Timeline } from './types.js';

/** The project's JSON Schema of the `timeline.json` contract. */
export const TIMELINE_SCHEMA_PATH = fileURLToPath(new URL('./timeline.schema.json', import.meta.url));
export const timelineSchema: object = JSON.parse(readFileSync(TIMELINE_SCHEMA_PATH, 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(timelineSchema);

/**
 * Checks a timeline against the schema and the rules a schema cannot say:
 * every source quotes its article body at its offsets, ids are unique, every
 * figure's event exists, every span has start ≤ end.
 *
 * @returns problems, one line each (empty when valid).
 */
export function validateTimeline(timeline: Timeline, bodies?: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  if (!validate(timeline)) {
    for (const error of validate.errors ?? []) problems.push(describe(error));
    return problems;
  }
  const articleIds = new Set(timeline.articles.map((a) => a.id));
  const eventIds = new Set<string>();
  for (const event of timeline.events) {
    if (eventIds.has(event.id)) problems.push(`events: duplicate id ${event.id}`);
    eventIds.add(event.id);
    if (event.date.start > event.date.end) problems.push(`events/${event.id}: date starts after it ends`);
  }
  const figureIds = new Set<string>();
  for (const figure of timeline.figures) {
    if (figureIds.has(figure.id)) problems.push(`figures: duplicate id ${figure.id}`);
    figureIds.add(figure.id);
    if (figure.event !== null && !eventIds.has(figure.event)) problems.push(`figures/${figure.id}: event ${figure.event} does not exist`);
    if (figure.min !== null && figure.max !== null && figure.min > figure.max) problems.push(`figures/${figure.id}: min > max`);
  }
  for (const event of timeline.events) {
    for (const id of event.figures) if (!figureIds.has(id)) problems.push(`events/${event.id}: figure ${id} does not exist`);
  }
  const sources = [
    ...timeline.events.flatMap((e) => e.sources.map((s) => ({ where: `events/${e.id}`, s }))),
    ...timeline.figures.map((f) => ({ where: `figures/${f.id}`, s: f.source })),
  ];
  for (const { where, s } of sources) {
    if (!articleIds.has(s.article)) problems.push(`${where}: source article ${s.article} is not in articles`);
    const body = bodies?.get(s.article);
    if (body !== undefined && body.slice(s.start, s.end) !== s.quote) {
      problems.push(`${where}: quote is not at ${s.start}..${s.end} of ${s.article}`);
    }
  }
  return problems;
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`;
}

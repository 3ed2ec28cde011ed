import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import type { Source, Timeline } from './types.js';

/** The project's JSON Schema of the `timeline.json` contract. */
export const TIMELINE_SCHEMA_PATH = fileURLToPath(new URL('./timeline.schema.json', import.meta.url));
export const timelineSchema: object = JSON.parse(readFileSync(TIMELINE_SCHEMA_PATH, 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(timelineSchema);
/** The schema of one item of each list (`definitions`): the schema says nothing of an item that depends on another. */
const ITEM_SCHEMAS = { articles: itemSchema('article'), events: itemSchema('event'), figures: itemSchema('figure') };

function itemSchema(definition: string): ReturnType<typeof ajv.compile> {
  return ajv.compile({ $ref: `${(timelineSchema as { $id: string }).$id}#/definitions/${definition}` });
}

/**
 * The items (articles, events, figures) an earlier call found valid against
 * the schema, by identity. For a process that validates timeline after
 * timeline made mostly of the same objects (the watch mode): only for
 * objects never changed once validated.
 */
export type ValidItems = WeakSet<object>;

/**
 * Checks a timeline against the schema and the rules a schema cannot say:
 * every source quotes its article body at its offsets, ids are unique, every
 * figure's event exists, every span has start ≤ end.
 *
 * With `valid`, an item found valid by an earlier call is not checked
 * against the schema again (the rules a schema cannot say are checked on
 * the whole timeline every time), and the items found valid are added.
 *
 * @returns problems, one line each (empty when valid).
 */
export function validateTimeline(timeline: Timeline, bodies?: ReadonlyMap<string, string>, valid: ValidItems | null = null): string[] {
  const problems: string[] = [];
  if (!(valid ? schemaValid(timeline, valid) : validate(timeline))) {
    // the problems as the whole schema states them
    validate(timeline);
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
  // every source's article, and its quote (`events/<id>` or `figures/<id>` named only when there is a problem)
  const checkSource = (list: 'events' | 'figures', id: string, s: Source): void => {
    if (!articleIds.has(s.article)) problems.push(`${list}/${id}: source article ${s.article} is not in articles`);
    const body = bodies?.get(s.article);
    if (body !== undefined && body.slice(s.start, s.end) !== s.quote) {
      problems.push(`${list}/${id}: quote is not at ${s.start}..${s.end} of ${s.article}`);
    }
  };
  for (const event of timeline.events) for (const s of event.sources) checkSource('events', event.id, s);
  for (const figure of timeline.figures) checkSource('figures', figure.id, figure.source);
  return problems;
}

/**
 * Whether the timeline passes the schema, checking only the items not in
 * `valid` (and adding those that pass). The schema constrains each item on
 * its own, so the timeline is valid when its frame (the timeline with its
 * lists emptied) and each item are.
 */
function schemaValid(timeline: Timeline, valid: ValidItems): boolean {
  if (typeof timeline !== 'object' || timeline === null) return false;
  const lists = { articles: timeline.articles, events: timeline.events, figures: timeline.figures } as Record<keyof typeof ITEM_SCHEMAS, unknown>;
  if (!Object.values(lists).every(Array.isArray)) return false;
  if (!validate({ ...timeline, articles: [], events: [], figures: [] })) return false;
  return Object.entries(ITEM_SCHEMAS).every(([name, check]) =>
    (lists[name as keyof typeof ITEM_SCHEMAS] as unknown[]).every((item) => (typeof item === 'object' && item !== null && valid.has(item)) || (check(item) && (valid.add(item as object), true))),
  );
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`;
}

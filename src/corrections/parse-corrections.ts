import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { EVENT_KINDS, FIGURE_KINDS, QUALIFIERS, SIDES, type DateSpan, type Precision } from '../model/types.js';
import { createLineIndex, type LineIndex, type Message, type Position } from '../report/index.js';
import type { Correction, CorrectionAction, DropTarget, EventPatch, FigurePatch, Located, PlaceRef, RecordRef } from './types.js';

/**
 * Reads a corrections file: a YAML list (core schema, no anchors, aliases or
 * custom tags, no duplicate keys) whose items each carry one action key
 * (`drop`, `figure`, `event`, `merge`, `split`). Every malformed item is an
 * error message at its `line:column` with a rule id, and is left out; the
 * well-formed ones come back in file order.
 *
 * @example
 *   parseCorrections('- merge: [2024-01-23-strike-a, 2024-01-23-strike-b]\n', 'content/corrections.yaml')
 *   // {corrections: [{action: 'merge', ids: [{value: '2024-01-23-strike-a', …}, …], …}], messages: []}
 */
export function parseCorrections(text: string, file: string): { corrections: Correction[]; messages: Message[] } {
  const lines = createLineIndex(text);
  const messages: Message[] = [];
  const report = (node: YamlNode | null | undefined, fallback: number, reason: string, ruleId: string): void => {
    messages.push({ file, place: lines.toPosition(node?.range?.[0] ?? fallback), reason, ruleId, severity: 'error' });
  };
  const doc = parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: true, merge: false, prettyErrors: false, strict: true, customTags: [] });
  for (const error of doc.errors) {
    messages.push({
      file,
      place: lines.toPosition(error.pos[0]),
      reason: `not valid YAML: ${(error.message.split('\n')[0] ?? error.message).trim()}`,
      ruleId: error.code === 'DUPLICATE_KEY' ? 'corrections:duplicate-key' : 'corrections:yaml',
      severity: 'error',
    });
  }
  if (doc.errors.length > 0) return { corrections: [], messages };

  let refused = false;
  visit(doc, {
    Alias(_key, node) {
      refused = true;
      report(node, 0, 'YAML aliases (`*name`) are not allowed in corrections: write the value out', 'corrections:alias');
    },
    Node(_key, node) {
      if ((node as YamlNode & { anchor?: string }).anchor) {
        refused = true;
        report(node, 0, 'YAML anchors (`&name`) are not allowed in corrections: write the value out', 'corrections:alias');
      }
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        refused = true;
        report(node, 0, `custom YAML tag \`${node.tag}\` is not allowed in corrections`, 'corrections:tag');
      }
    },
  });
  if (refused) return { corrections: [], messages };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { corrections: [], messages };
  if (!isSeq(root)) {
    report(root, 0, 'a corrections file is a YAML list: each item starts with `- ` and one of drop, figure, event, merge, split', 'corrections:not-a-list');
    return { corrections: [], messages };
  }
  const reader = new ItemReader(file, lines, report);
  const corrections: Correction[] = [];
  for (const item of root.items as YamlNode[]) {
    const correction = reader.item(item);
    if (correction) corrections.push(correction);
  }
  return { corrections, messages };
}

type Report = (node: YamlNode | null | undefined, fallback: number, reason: string, ruleId: string) => void;

/** The keys each action allows beside its own key, and how the action key's value is read. */
const COMPANIONS: Readonly<Record<CorrectionAction, readonly string[]>> = {
  drop: ['note'],
  figure: ['set', 'note'],
  event: ['set', 'note'],
  merge: ['note'],
  split: ['set', 'note'],
};
const ACTIONS = Object.keys(COMPANIONS) as CorrectionAction[];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;
const PRECISIONS: readonly Precision[] = ['day', 'days', 'month', 'year'];
const COUNTRY = /^[A-Z]{2}$/;

/** Reads one list item; null (with messages) when it is malformed. */
class ItemReader {
  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly report: Report,
  ) {}

  item(node: YamlNode): Correction | null {
    if (!isMap(node)) {
      this.report(node, 0, 'each correction is a map with one of drop, figure, event, merge, split', 'corrections:entry');
      return null;
    }
    const keys = this.keysOf(node);
    if (!keys) return null;
    const actions = ACTIONS.filter((a) => keys.has(a));
    if (actions.length !== 1) {
      const reason = actions.length === 0
        ? `a correction needs one of ${ACTIONS.join(', ')} (found ${[...keys.keys()].map((k) => `\`${k}\``).join(', ') || 'nothing'})`
        : `one action per correction: found ${actions.map((a) => `\`${a}\``).join(' and ')}`;
      this.report(node, 0, reason, 'corrections:entry');
      return null;
    }
    const action = actions[0]!;
    const allowed = new Set<string>([action, ...COMPANIONS[action]]);
    let ok = true;
    for (const [key, { keyNode }] of keys) {
      if (!allowed.has(key)) {
        this.report(keyNode, 0, `unknown key \`${key}\` in a \`${action}\` correction (allowed: ${[...allowed].join(', ')})`, 'corrections:unknown-key');
        ok = false;
      }
    }
    const base = { file: this.file, at: this.position(node), note: this.optionalText(keys.get('note')?.value) };
    const value = keys.get(action)!.value;
    const setNode = keys.get('set')?.value;
    switch (action) {
      case 'drop': {
        const target = this.dropTarget(value, node);
        if (!target || !ok) return null;
        return { ...base, action, target, text: `drop ${describeDrop(target)}` };
      }
      case 'figure': {
        const ref = this.ref(value, node, 'figure');
        const set = this.required(setNode, node, 'figure', () => this.figurePatch(setNode!));
        if (!ref || !set || !ok) return null;
        return { ...base, action, ref, set, text: `figure ${describeRef(ref)}: set ${describePatch(set)}` };
      }
      case 'event': {
        const ref = this.ref(value, node, 'event');
        const set = this.required(setNode, node, 'event', () => this.eventPatch(setNode!));
        if (!ref || !set || !ok) return null;
        return { ...base, action, ref, set, text: `event ${describeRef(ref)}: set ${describePatch(set)}` };
      }
      case 'merge': {
        const ids = this.mergeIds(value, node);
        if (!ids || !ok) return null;
        return { ...base, action, ids, text: `merge ${ids[0]!.value} ← ${ids.slice(1).map((i) => i.value).join(', ')}` };
      }
      case 'split': {
        const split = this.split(value, node);
        const set = setNode === undefined || setNode === null ? {} : this.eventPatch(setNode);
        if (!split || !set || !ok) return null;
        const quotes = split.quotes.map((q) => `“${q.value}”`).join(', ');
        return { ...base, action, ...split, set, text: `split ${split.event}: ${quotes} → ${split.id ?? 'a new event'}${Object.keys(set).length > 0 ? `, set ${describePatch(set)}` : ''}` };
      }
    }
  }

  private position(node: YamlNode): Position {
    return this.lines.toPosition(node.range?.[0] ?? 0);
  }

  /** The keys of a map, with their key and value nodes; null when a key is not plain text. */
  private keysOf(node: YamlNode): Map<string, { keyNode: YamlNode; value: YamlNode | null }> | null {
    if (!isMap(node)) return null;
    const keys = new Map<string, { keyNode: YamlNode; value: YamlNode | null }>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode;
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
        this.report(keyNode, node.range?.[0] ?? 0, 'keys are plain words (drop, set, article, quote, …)', 'corrections:key');
        return null;
      }
      keys.set(keyNode.value, { keyNode, value: (pair.value as YamlNode | null) ?? null });
    }
    return keys;
  }

  /** A map with only the allowed keys, or null (reported). */
  private fields(node: YamlNode, allowed: readonly string[], what: string): Map<string, YamlNode | null> | null {
    if (!isMap(node)) {
      this.report(node, 0, `\`${what}\` takes a map: {${allowed.join(', ')}}`, 'corrections:value');
      return null;
    }
    const keys = this.keysOf(node);
    if (!keys) return null;
    const out = new Map<string, YamlNode | null>();
    let ok = true;
    for (const [key, { keyNode, value }] of keys) {
      if (!allowed.includes(key)) {
        this.report(keyNode, 0, `unknown key \`${key}\` in \`${what}\` (allowed: ${allowed.join(', ')})`, 'corrections:unknown-key');
        ok = false;
      }
      out.set(key, value);
    }
    return ok ? out : null;
  }

  private required<T>(node: YamlNode | null | undefined, item: YamlNode, action: string, read: () => T | null): T | null {
    if (node === undefined || node === null) {
      this.report(item, 0, `a \`${action}\` correction needs \`set:\` with what to change`, 'corrections:entry');
      return null;
    }
    return read();
  }

  private text(node: YamlNode | null | undefined, what: string, parent: YamlNode | null = null): string | null {
    if (node === undefined || node === null || !isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      this.report(node ?? parent, 0, `\`${what}\` must be text`, 'corrections:value');
      return null;
    }
    const value = String(node.value).trim();
    if (value === '') {
      this.report(node, 0, `\`${what}\` is empty`, 'corrections:value');
      return null;
    }
    return value;
  }

  private optionalText(node: YamlNode | null | undefined): string | null {
    if (node === undefined || node === null) return null;
    return this.text(node, 'note');
  }

  /** `ID` or `{article: ID, quote: "…"}` (or `{id: ID}`). */
  private ref(node: YamlNode | null, item: YamlNode, what: 'figure' | 'event'): RecordRef | null {
    if (node !== null && isScalar(node)) {
      const id = this.text(node, what);
      return id === null ? null : { id };
    }
    if (node === null) {
      this.report(item, 0, `\`${what}\` needs an id, or {article: ID, quote: "…"}`, 'corrections:value');
      return null;
    }
    const fields = this.fields(node, ['id', 'article', 'quote'], what);
    if (!fields) return null;
    if (fields.has('id')) {
      if (fields.has('article') || fields.has('quote')) {
        this.report(node, 0, `\`${what}\` takes an id or an article and a quote, not both`, 'corrections:value');
        return null;
      }
      const id = this.text(fields.get('id'), 'id', node);
      return id === null ? null : { id };
    }
    return this.articleQuote(fields, node, what);
  }

  private articleQuote(fields: Map<string, YamlNode | null>, node: YamlNode, what: string): { article: string; quote: string } | null {
    if (!fields.has('article') || !fields.has('quote')) {
      this.report(node, 0, `\`${what}\` by quote needs both \`article:\` and \`quote:\``, 'corrections:value');
      return null;
    }
    const article = this.text(fields.get('article'), 'article', node);
    const quote = this.text(fields.get('quote'), 'quote', node);
    return article === null || quote === null ? null : { article, quote };
  }

  private dropTarget(node: YamlNode | null, item: YamlNode): DropTarget | null {
    if (node === null || !isMap(node)) {
      this.report(node ?? item, 0, '`drop` takes {event: ID}, {figure: ID} or {article: ID, quote: "…"}', 'corrections:value');
      return null;
    }
    const fields = this.fields(node, ['event', 'figure', 'article', 'quote', 'only'], 'drop');
    if (!fields) return null;
    const kinds = ['event', 'figure', 'article'].filter((k) => fields.has(k));
    if (kinds.length !== 1) {
      this.report(node, 0, '`drop` takes one of {event: ID}, {figure: ID} or {article: ID, quote: "…"}', 'corrections:value');
      return null;
    }
    if (fields.has('event') || fields.has('figure')) {
      const key = fields.has('event') ? 'event' : 'figure';
      if (fields.has('quote') || fields.has('only')) {
        this.report(node, 0, `\`drop: {${key}: ID}\` takes no quote or only: drop by article and quote instead`, 'corrections:value');
        return null;
      }
      const id = this.text(fields.get(key), key, node);
      if (id === null) return null;
      return key === 'event' ? { event: id } : { figure: id };
    }
    const aq = this.articleQuote(fields, node, 'drop');
    if (!aq) return null;
    let only: 'figures' | 'events' | null = null;
    if (fields.has('only')) {
      const value = this.oneOf(fields.get('only'), ['figures', 'events'] as const, 'only', node);
      if (value === null) return null;
      only = value;
    }
    return { ...aq, only };
  }

  private mergeIds(node: YamlNode | null, item: YamlNode): Located<string>[] | null {
    if (node === null || !isSeq(node) || node.items.length < 2) {
      this.report(node ?? item, 0, '`merge` takes a list of two or more event ids: [SURVIVOR, OTHER, …]', 'corrections:value');
      return null;
    }
    const ids: Located<string>[] = [];
    for (const idNode of node.items as YamlNode[]) {
      const id = this.text(idNode, 'merge id');
      if (id === null) return null;
      if (ids.some((x) => x.value === id)) {
        this.report(idNode, 0, `\`${id}\` is listed twice in this merge`, 'corrections:value');
        return null;
      }
      ids.push({ value: id, at: this.position(idNode) });
    }
    return ids;
  }

  private split(node: YamlNode | null, item: YamlNode): { event: string; quotes: Located<string>[]; id: string | null } | null {
    if (node === null || !isMap(node)) {
      this.report(node ?? item, 0, '`split` takes {event: ID, quotes: ["…"], id: NEW-ID (optional)}', 'corrections:value');
      return null;
    }
    const fields = this.fields(node, ['event', 'quotes', 'id'], 'split');
    if (!fields) return null;
    const event = this.text(fields.get('event'), 'event', node);
    const quotesNode = fields.get('quotes');
    const quotes: Located<string>[] = [];
    if (quotesNode !== undefined && quotesNode !== null && isScalar(quotesNode)) {
      const quote = this.text(quotesNode, 'quotes');
      if (quote === null) return null;
      quotes.push({ value: quote, at: this.position(quotesNode) });
    } else if (quotesNode !== undefined && quotesNode !== null && isSeq(quotesNode) && quotesNode.items.length > 0) {
      for (const q of quotesNode.items as YamlNode[]) {
        const quote = this.text(q, 'quotes');
        if (quote === null) return null;
        quotes.push({ value: quote, at: this.position(q) });
      }
    } else {
      this.report(quotesNode ?? node, 0, '`split` needs `quotes:` with the sentences (or parts of them) that report the other event', 'corrections:value');
      return null;
    }
    let id: string | null = null;
    if (fields.has('id')) {
      id = this.text(fields.get('id'), 'id', node);
      if (id === null) return null;
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
        this.report(fields.get('id'), 0, `new event id \`${id}\` must be ASCII: lower case letters, digits and hyphens`, 'corrections:value');
        return null;
      }
    }
    return event === null ? null : { event, quotes, id };
  }

  private oneOf<T extends string>(node: YamlNode | null | undefined, values: readonly T[], what: string, parent: YamlNode): T | null {
    const value = node && isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    this.report(node ?? parent, 0, `\`${what}\` is one of ${values.join(', ')}${value === undefined ? '' : `, not \`${String(value)}\``}`, 'corrections:value');
    return null;
  }

  private figurePatch(node: YamlNode): FigurePatch | null {
    const fields = this.fields(node, ['kind', 'side', 'value', 'min', 'max', 'qualifier', 'country', 'since', 'asOf', 'event'], 'set');
    if (!fields) return null;
    const patch: FigurePatch = {};
    let ok = true;
    for (const [key, value] of fields) {
      switch (key) {
        case 'kind': { const v = this.oneOf(value, FIGURE_KINDS, key, node); if (v === null) ok = false; else patch.kind = v; break; }
        case 'side': { const v = this.oneOf(value, SIDES, key, node); if (v === null) ok = false; else patch.side = v; break; }
        case 'qualifier': { const v = this.oneOf(value, QUALIFIERS, key, node); if (v === null) ok = false; else patch.qualifier = v; break; }
        case 'value': case 'min': case 'max': {
          const v = this.count(value, key, node, key !== 'value');
          if (v === undefined) ok = false; else patch[key] = v;
          break;
        }
        case 'country': {
          const v = this.nullable(value, () => this.text(value, key, node));
          if (v === undefined || (v !== null && !COUNTRY.test(v))) {
            if (v !== undefined) this.report(value, 0, '`country` is an ISO 3166-1 alpha-2 code in capitals (IQ, SY, JO, …) or null', 'corrections:value');
            ok = false;
          } else patch.country = v;
          break;
        }
        case 'since': { const v = this.nullable(value, () => this.day(value, key, node)); if (v === undefined) ok = false; else patch.since = v; break; }
        case 'asOf': { const v = this.day(value, key, node); if (v === null) ok = false; else patch.asOf = v; break; }
        case 'event': { const v = this.nullable(value, () => this.text(value, key, node)); if (v === undefined) ok = false; else patch.event = v; break; }
      }
    }
    if (ok && Object.keys(patch).length === 0) {
      this.report(node, 0, '`set` is empty: say what to change', 'corrections:value');
      return null;
    }
    return ok ? patch : null;
  }

  private eventPatch(node: YamlNode): EventPatch | null {
    const fields = this.fields(node, ['kind', 'date', 'place', 'summary'], 'set');
    if (!fields) return null;
    const patch: EventPatch = {};
    let ok = true;
    for (const [key, value] of fields) {
      switch (key) {
        case 'kind': { const v = this.oneOf(value, EVENT_KINDS, key, node); if (v === null) ok = false; else patch.kind = v; break; }
        case 'date': { const v = this.dateSpan(value, node); if (v === null) ok = false; else patch.date = v; break; }
        case 'place': { const v = this.place(value, node); if (v === undefined) ok = false; else patch.place = v; break; }
        case 'summary': { const v = this.text(value, key, node); if (v === null) ok = false; else patch.summary = v; break; }
      }
    }
    if (ok && Object.keys(patch).length === 0) {
      this.report(node, 0, '`set` is empty: say what to change', 'corrections:value');
      return null;
    }
    return ok ? patch : null;
  }

  /** `null` → null; anything else through `read` (undefined when it failed). */
  private nullable<T>(node: YamlNode | null | undefined, read: () => T | null): T | null | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return null;
    const value = read();
    return value === null ? undefined : value;
  }

  /** A non-negative number (an integer for bounds), or null; undefined when malformed (reported). */
  private count(node: YamlNode | null | undefined, what: string, parent: YamlNode, integer: boolean): number | null | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return null;
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && (!integer || Number.isInteger(value))) return value;
    this.report(node ?? parent, 0, `\`${what}\` is ${integer ? 'a whole number' : 'a number'} (0 or more) or null`, 'corrections:value');
    return undefined;
  }

  private day(node: YamlNode | null | undefined, what: string, parent: YamlNode): string | null {
    const value = node && isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && isCalendarDay(value)) return value;
    this.report(node ?? parent, 0, `\`${what}\` is a calendar day written YYYY-MM-DD`, 'corrections:value');
    return null;
  }

  /**
   * `2024-01-23` (a day), `2024-01` (a month), `2024` (a year), or
   * `{start, end, precision}` (end defaults to start; precision to `day` for
   * one day, `days` for a span).
   */
  private dateSpan(node: YamlNode | null | undefined, parent: YamlNode): DateSpan | null {
    const bad = (at: YamlNode | null | undefined, reason: string): null => {
      this.report(at ?? parent, 0, reason, 'corrections:date');
      return null;
    };
    if (node && isScalar(node)) {
      const text = String(node.value);
      if (isCalendarDay(text)) return { start: text, end: text, precision: 'day' };
      const month = MONTH.exec(text);
      if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
        return { start: `${text}-01`, end: `${text}-${String(lastDayOfMonth(Number(month[1]), Number(month[2]))).padStart(2, '0')}`, precision: 'month' };
      }
      if (YEAR.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31`, precision: 'year' };
      return bad(node, `\`date\` is YYYY-MM-DD, YYYY-MM, YYYY or {start, end, precision}, not \`${text}\``);
    }
    if (!node || !isMap(node)) return bad(node, '`date` is YYYY-MM-DD, YYYY-MM, YYYY or {start, end, precision}');
    const fields = this.fields(node, ['start', 'end', 'precision'], 'date');
    if (!fields) return null;
    const start = this.day(fields.get('start'), 'start', node);
    if (start === null) return null;
    const end = fields.has('end') ? this.day(fields.get('end'), 'end', node) : start;
    if (end === null) return null;
    if (end < start) return bad(fields.get('end'), `\`date\` ends (${end}) before it starts (${start})`);
    let precision: Precision = start === end ? 'day' : 'days';
    if (fields.has('precision')) {
      const p = this.oneOf(fields.get('precision'), PRECISIONS, 'precision', node);
      if (p === null) return null;
      precision = p;
    }
    return { start, end, precision };
  }

  /** A gazetteer id, null (no place), or {name, country, lat, lon}; undefined when malformed. */
  private place(node: YamlNode | null | undefined, parent: YamlNode): PlaceRef | null | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return null;
    if (isScalar(node)) {
      const id = this.text(node, 'place', parent);
      return id === null ? undefined : { id };
    }
    const fields = this.fields(node, ['name', 'country', 'lat', 'lon'], 'place');
    if (!fields) return undefined;
    const name = this.text(fields.get('name'), 'name', node);
    const country = this.text(fields.get('country'), 'country', node);
    if (name === null || country === null) return undefined;
    if (!COUNTRY.test(country)) {
      this.report(fields.get('country'), 0, '`country` is an ISO 3166-1 alpha-2 code in capitals (IQ, SY, JO, …)', 'corrections:value');
      return undefined;
    }
    const coordinate = (key: 'lat' | 'lon', limit: number): number | null | undefined => {
      const v = fields.get(key);
      if (v === undefined || v === null || (isScalar(v) && v.value === null)) return null;
      if (isScalar(v) && typeof v.value === 'number' && Math.abs(v.value) <= limit) return v.value;
      this.report(v, 0, `\`${key}\` is decimal degrees (±${limit}) or null`, 'corrections:value');
      return undefined;
    };
    const lat = coordinate('lat', 90);
    const lon = coordinate('lon', 180);
    if (lat === undefined || lon === undefined) return undefined;
    return { place: { name, country, lat, lon } };
  }
}

/** True when `text` is `YYYY-MM-DD` and a real day of the calendar. */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function describeRef(ref: RecordRef): string {
  return 'id' in ref ? ref.id : `${ref.article} “${ref.quote}”`;
}

function describeDrop(target: DropTarget): string {
  if ('event' in target) return `event ${target.event}`;
  if ('figure' in target) return `figure ${target.figure}`;
  return `${target.only ?? 'figures and event sources'} of ${target.article} “${target.quote}”`;
}

/** `kind=killed, side=us` */
export function describePatch(patch: FigurePatch | EventPatch): string {
  return Object.entries(patch)
    .map(([key, value]) => `${key}=${describeValue(value)}`)
    .join(', ');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return String(value);
  if ('start' in value && 'end' in value) {
    const span = value as DateSpan;
    return span.start === span.end ? span.start : `${span.start}..${span.end} (${span.precision})`;
  }
  if ('id' in value) return String((value as { id: string }).id);
  if ('place' in value) return (value as { place: { name: string } }).place.name;
  return JSON.stringify(value);
}

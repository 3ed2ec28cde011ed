import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureTimeline } from '../../test/browser/fixture-timeline.js';
import type { Timeline } from '../model/types.js';
import { buildSiteModel, modelMemo, type SiteModel } from './site-model.js';

const fixture = fixtureTimeline();
const dates = new Map([...fixture.extractions].map(([id, x]) => [id, x.dates]));
const model = buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates });

test('an empty timeline gives empty lists: nothing is invented', () => {
  const empty = buildSiteModel({ timeline: { ...fixture.timeline, events: [], figures: [] }, docs: fixture.docs, dates: new Map() });
  assert.deepEqual([empty.events, empty.months, empty.places, empty.actors, empty.kinds, empty.countries, empty.figurePages.flatMap((p) => p.figures)], [[], [], [], [], [], [], []]);
  assert.equal(empty.articles.length, fixture.timeline.articles.length);
  assert.ok(empty.articles.every((a) => !a.html.includes('<mark')));
});

test('events in date order, grouped by month, linked to their neighbours', () => {
  const starts = model.events.map((e) => e.date.start);
  assert.deepEqual(starts, [...starts].sort());
  assert.deepEqual(model.months.map((m) => m.text), ['تشرين الأول 2023', 'تشرين الثاني 2023', 'كانون الثاني 2024', 'آب 2024']);
  assert.equal(model.events[0]!.prev, null);
  assert.equal(model.events[1]!.prev?.url, model.events[0]!.url);
  assert.equal(model.events.at(-1)!.next, null);
});

test('a span of days gets two <time> elements; a month one, as precise as the text', () => {
  const weekend = model.events.find((e) => e.id === '2024-01-20-attack-ain-al-asad')!;
  assert.equal(weekend.dateText, '20–21 كانون الثاني 2024');
  assert.deepEqual(weekend.times.map((t) => t.datetime), ['2024-01-20', '2024-01-21']);
  assert.equal(weekend.times.map((t) => t.text).join(''), weekend.dateText);
  const month = model.events.find((e) => e.id === '2024-08')!;
  assert.deepEqual(month.times, [{ datetime: '2024-08', text: 'آب 2024' }]);
});

test('corroboration counts outlets, not sentences', () => {
  const ain = model.events.find((e) => e.id === '2023-11-21-attack-ain-al-asad')!;
  assert.equal(ain.outletCount, 3);
  assert.equal(ain.outletText, 'يؤكده 3 مصادر');
  const qaim = model.events.find((e) => e.id === '2024-01-23-strike-al-qaim')!;
  assert.equal(qaim.sources.length, 2);
  assert.equal(qaim.outletCount, 1);
});

test('figures that disagree are set side by side; figures that agree are not', () => {
  const campaign = model.events.find((e) => e.id === '2023-10-17-context-campaign')!;
  assert.equal(campaign.comparisons.length, 1);
  assert.deepEqual(campaign.comparisons[0]!.figures.map((f) => f.quote), ['لنحو 61 هجومًا', 'لعشرات الهجمات', '66 هجوما']);
  const ain = model.events.find((e) => e.id === '2023-11-21-attack-ain-al-asad')!;
  assert.deepEqual(ain.comparisons, []);
  assert.deepEqual(ain.figureTexts, ['8 جرحى أميركيين']);
});

test('cards name attackers, targets and claimants; the event page every actor', () => {
  const ain = model.events.find((e) => e.id === '2023-11-21-attack-ain-al-asad')!;
  assert.deepEqual(ain.actorRoles.map((g) => g.role), ['attacker', 'target']);
  assert.equal(ain.filterActors, 'islamic-resistance-iraq us-forces');
});

test('article pages: each source sentence has an anchor the event page links to; dates and figures are marked', () => {
  const article = model.articles.find((a) => a.id === '2023-11-22-centcom-second-strikes-iraq')!;
  const ain = model.events.find((e) => e.id === '2023-11-21-attack-ain-al-asad')!;
  const source = ain.sources.find((s) => s.article.url === article.url)!;
  const anchor = source.href.split('#')[1]!;
  assert.match(article.html, new RegExp(`id="${anchor}"`, 'u'));
  assert.match(article.html, /<mark id="m-f-\d+-[^"]+" class="m m-figure"><a href="\/events\/2023-11-21-attack-ain-al-asad\/">أصيب ثمانية جنود<\/a>/u);
  assert.match(article.html, /class="m m-place"><a href="\/places\/ain-al-asad\/">عين الأسد<\/a>/u);
  const a5 = model.articles.find((a) => a.id === '2024-08-06-ain-al-asad-rockets-seven-injured')!;
  assert.equal(a5.dates.length, 2);
  assert.match(a5.html, /<mark id="m-d-\d+-\d+" class="m m-date"><a href="\/events\/2024-08-05-attack-ain-al-asad\/">أمس الاثنين<\/a><span class="vh"> \(تاريخ: 5 آب 2024\)<\/span><\/mark>/u);
  assert.match(a5.dates[0]!.explanation, /2024-08-05/u);
});

test('places, actors, kinds and countries each list their events', () => {
  const ain = model.places.find((p) => p.slug === 'ain-al-asad')!;
  assert.equal(ain.count, 3);
  assert.deepEqual(model.kinds.map((k) => k.slug), ['attack', 'strike', 'context']);
  assert.deepEqual(model.countries.map((c) => c.slug), ['iq', 'sy']);
  assert.ok(model.actors.every((a) => a.count > 0 && a.url === `/actors/${a.slug}/`));
});

test('long lists paginate: the home timeline, each facet and the article index, nothing lost', () => {
  const small = buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates, eventsPerPage: 3, articlesPerPage: 2 });
  assert.ok(small.timelinePages.length > 1);
  assert.equal(small.filterable, false, 'the in-page filters only when the whole timeline is on one page');
  assert.equal(small.timelinePages.at(-1)!.url, '/');
  assert.deepEqual(small.timelinePages.flatMap((p) => p.months.flatMap((m) => m.events.map((e) => e.id))), small.events.map((e) => e.id));
  const ain = small.placePages.filter((p) => p.facet.slug === 'ain-al-asad');
  assert.equal(ain.reduce((n, p) => n + p.count, 0), 3);
  assert.ok(ain.some((p) => p.url === '/places/ain-al-asad/'));
  assert.deepEqual(small.articlePages.flatMap((p) => p.articles.map((a) => a.id)), small.articles.map((a) => a.id));
  assert.equal(model.timelinePages.length, 1);
  assert.equal(model.filterable, true);
});

test('the figures table paginates by month: every figure once, in order; the newest page at /figures/; a month stays whole where it fits', () => {
  const small = buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates, figuresPerPage: 4 });
  const pages = small.figurePages;
  assert.ok(pages.length > 1);
  assert.deepEqual(pages.flatMap((p) => p.figures.map((f) => f.id)), model.figurePages[0]!.figures.map((f) => f.id));
  assert.equal(pages.at(-1)!.url, '/figures/');
  assert.equal(pages.at(-1)!.pager.newer, null);
  assert.equal(pages[0]!.url, '/figures/1/');
  assert.equal(pages[0]!.permalink, 'figures/1/index.html');
  for (const p of pages) assert.ok(p.figures.length <= 4 || new Set(p.figures.map((f) => f.asOf.slice(0, 7))).size === 1, `page ${p.number}: over the size only for one month larger than a page`);
  for (let i = 1; i < pages.length; i++) {
    const before = pages[i - 1]!.figures.at(-1)!.asOf.slice(0, 7);
    const first = pages[i]!.figures[0]!.asOf.slice(0, 7);
    const whole = pages[i - 1]!.figures.length + pages[i]!.figures.filter((f) => f.asOf.slice(0, 7) === first).length > 4;
    assert.ok(before !== first || whole, `page ${i + 1} splits a month that would have fit`);
  }
  assert.equal(model.figurePages.length, 1, 'the seeds fit on one page');
  assert.equal(model.figurePages[0]!.figures.length, fixture.timeline.figures.length);
});

test('every article page carries its NewsArticle JSON-LD', () => {
  for (const a of model.articles) {
    assert.match(a.jsonLd.html, /^<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"NewsArticle"/u);
    assert.match(a.jsonLd.sha256, /^sha256-[A-Za-z0-9+/]+=*$/u);
  }
});

test('event and article pages are written where their links point', () => {
  for (const v of [...model.events, ...model.articles]) assert.equal(v.permalink, `${v.url.slice(1)}index.html`, v.id);
  assert.ok(model.events.every((e) => e.permalink.startsWith('events/')) && model.articles.every((a) => a.permalink.startsWith('articles/')));
});

test('a build with the memo of the last one keeps the views that did not change, the same objects', () => {
  const memo = modelMemo();
  const first = buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates, memo });
  const copy = structuredClone(fixture.timeline); // equal, not the same objects: as after a merge
  const again = buildSiteModel({ timeline: copy, docs: fixture.docs, dates, memo });
  for (const list of ['events', 'articles'] as const) assert.ok(again[list].every((v, i) => v === first[list][i]), list);
  const figuresOf = (m: typeof first): unknown[] => m.figurePages.flatMap((p) => p.figures);
  assert.ok(figuresOf(first).length > 0 && figuresOf(again).every((v, i) => v === figuresOf(first)[i]), 'figures');
});

test('a change to an event that its articles\' pages do not show keeps their views, the same objects (their pages are not rendered again)', () => {
  const memo = modelMemo();
  const first = buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates, memo });
  const copy = structuredClone(fixture.timeline);
  const event = copy.events.find((e) => e.sources.length > 0)!;
  event.dateExplanation = `${event.dateExplanation ?? ''}\nسطر آخر`; // shown on the event's page only
  const again = buildSiteModel({ timeline: copy, docs: fixture.docs, dates, memo });
  const eventIndex = first.events.findIndex((v) => v.id === event.id);
  assert.notEqual(again.events[eventIndex], first.events[eventIndex], 'the event view is built again');
  const listing = again.articles.filter((a) => a.events.some((e) => e.url === first.events[eventIndex]!.url));
  assert.ok(listing.length > 0);
  for (const a of listing) assert.equal(a, first.articles.find((b) => b.id === a.id), `${a.id}: kept`);
  // and a change the article page shows (the summary) does reach it (a fresh copy: the build keeps the objects it was given)
  const edited = structuredClone(copy);
  edited.events.find((e) => e.id === event.id)!.summary += ' (تحديث)';
  const third = buildSiteModel({ timeline: edited, docs: fixture.docs, dates, memo });
  for (const a of listing) assert.notEqual(third.articles.find((b) => b.id === a.id), a, `${a.id}: built again`);
});

/** Edits of the timeline, each reaching some views only through others (a title through the sources that link to it…). */
const EDITS: Record<string, (t: Timeline) => void> = {
  'an article retitled': (t) => {
    t.articles[0]!.title += ' (تحديث)';
  },
  'an outlet renamed': (t) => {
    t.articles[1]!.outlet = 'وكالة أخرى';
  },
  'an event summary rewritten (its neighbours, date notes and figures link to it)': (t) => {
    t.events[2]!.summary += ' (تحديث)';
  },
  'a figure value changed': (t) => {
    const f = t.figures.find((x) => x.event !== null)!;
    f.value = (f.value ?? 0) + 1;
    f.min = f.value;
    f.max = f.value;
  },
  'an event dropped (figures naming it, neighbours)': (t) => {
    t.events.splice(1, 1);
  },
  'an event moved to another day (the order changes)': (t) => {
    const e = t.events[0]!;
    e.date = { ...e.date, start: '2024-08-20', end: '2024-08-20' };
  },
};

test('a build with the memo gives the model a build without it gives, after each kind of edit and back', () => {
  const memo = modelMemo();
  const json = (m: SiteModel): unknown => JSON.parse(JSON.stringify(m));
  buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates, memo });
  for (const [name, edit] of Object.entries(EDITS)) {
    const timeline = structuredClone(fixture.timeline);
    edit(timeline);
    const fresh = buildSiteModel({ timeline, docs: fixture.docs, dates });
    assert.notDeepEqual(json(fresh), json(model), `${name}: the edit shows`);
    assert.deepEqual(json(buildSiteModel({ timeline, docs: fixture.docs, dates, memo })), json(fresh), name);
    assert.deepEqual(json(buildSiteModel({ timeline: structuredClone(fixture.timeline), docs: fixture.docs, dates, memo })), json(model), `${name}, undone`);
  }
});

test('a build with the memo renders an article body again when its text changed, marks and all the same', () => {
  const memo = modelMemo();
  const first = buildSiteModel({ timeline: fixture.timeline, docs: fixture.docs, dates, memo });
  const doc = fixture.docs[0]!;
  const at = doc.body.lastIndexOf('ا'); // one letter for another: offsets, marks and anchors stay
  const docs = fixture.docs.map((d) => (d === doc ? { ...d, body: `${d.body.slice(0, at)}ى${d.body.slice(at + 1)}` } : d));
  const next = buildSiteModel({ timeline: fixture.timeline, docs, dates, memo });
  const html = (m: SiteModel): string => m.articles.find((a) => a.id === doc.article.id)!.html;
  assert.notEqual(html(next), html(first));
  assert.equal(html(next), html(buildSiteModel({ timeline: fixture.timeline, docs, dates })));
});

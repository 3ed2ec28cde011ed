/**
 * A hand-made timeline over the seed articles, for the site's tests and
 * screenshots only (never shipped): events, figures and dates placed at
 * real body offsets of the seeds, so that every page, mark, filter and
 * side-by-side comparison has something to show while the extraction
 * stages are still being written. Quotes are sliced from the bodies.
 */
import type { ArticleExtraction } from '../../src/build.js';
import type { DateMention } from '../../src/dates/index.js';
import type { Actor, EventKind, Figure, Place, Qualifier, Source, Timeline, TimelineEvent } from '../../src/model/types.js';
import { readArticles, type ArticleDoc } from '../../src/read/index.js';

const A1 = '2023-11-21-ain-al-asad-ballistic-missile';
const A2 = '2023-11-22-ain-al-asad-ac130';
const A3 = '2023-11-22-centcom-second-strikes-iraq';
const A4 = '2024-01-23-kataib-hezbollah-strikes';
const A5 = '2024-08-06-ain-al-asad-rockets-seven-injured';

const AIN_AL_ASAD: Place = { name: 'عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44, id: 'ain-al-asad' };
const ABU_GHRAIB: Place = { name: 'أبو غريب', country: 'IQ', lat: 33.29, lon: 44.06, id: 'abu-ghraib' };
const AL_QAIM: Place = { name: 'القائم', country: 'IQ', lat: 34.37, lon: 41.1, id: 'al-qaim' };
const SHADDADI: Place = { name: 'الشدادي', country: 'SY', lat: 36.06, lon: 40.73, id: 'shaddadi' };
const IRI: Actor = { name: 'المقاومة الإسلامية في العراق', role: 'attacker', id: 'islamic-resistance-iraq' };
const US: Actor = { name: 'القوات الأميركية', role: 'target', id: 'us-forces' };
const KH: Actor = { name: 'كتائب حزب الله', role: 'target', id: 'kataib-hezbollah' };

export interface Fixture {
  timeline: Timeline;
  docs: ArticleDoc[];
  extractions: Map<string, ArticleExtraction>;
}

/** Builds the fixture from the seed folder. */
export function fixtureTimeline(contentDir = 'content/articles'): Fixture {
  const { docs } = readArticles(contentDir);
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const doc = (id: string): ArticleDoc => {
    const d = byId.get(id);
    if (!d) throw new Error(`fixture: no seed ${id}`);
    return d;
  };
  const at = (id: string, snippet: string): { start: number; end: number } => {
    const start = doc(id).body.indexOf(snippet);
    if (start < 0) throw new Error(`fixture: "${snippet}" not in ${id}`);
    return { start, end: start + snippet.length };
  };
  const sentence = (id: string, snippet: string): Source => {
    const { start } = at(id, snippet);
    const s = doc(id).sentences.find((x) => x.start <= start && start < x.end);
    if (!s) throw new Error(`fixture: no sentence for "${snippet}"`);
    return { article: id, quote: s.text, start: s.start, end: s.end };
  };
  const figures: Figure[] = [];
  const figure = (id: string, snippet: string, kind: Figure['kind'], side: Figure['side'], value: number | null, qualifier: Qualifier, min: number | null, max: number | null, asOf: string, event: string | null, since: string | null = null): string => {
    const r = at(id, snippet);
    const fid = `${id.slice(0, 10)}-${kind}-${r.start}`;
    figures.push({ id: fid, kind, side, value, min, max, qualifier, country: 'IQ', since, asOf, event, source: { article: id, quote: snippet, start: r.start, end: r.end }, rule: 'fixture' });
    return fid;
  };
  const ev = (id: string, kind: EventKind, start: string, end: string, precision: TimelineEvent['date']['precision'], place: Place | null, actors: Actor[], summary: string, sources: Source[], explanation: string): TimelineEvent => ({
    id, kind, date: { start, end, precision }, place, actors, summary, figures: [], sources, rule: 'fixture', dateExplanation: explanation,
  });

  const events: TimelineEvent[] = [
    ev('2023-10-17-context-campaign', 'context', '2023-10-17', '2023-10-17', 'day', null, [IRI, { ...US, role: 'target' }], 'بدء الهجمات على القوات الأميركية في العراق وسوريا', [sentence(A2, 'في 17 تشرين الأول'), sentence(A3, 'هدفا لـ 66 هجوما')], '17 تشرين الأول ← 2023-10-17'),
    ev('2023-11-21-attack-ain-al-asad', 'attack', '2023-11-21', '2023-11-21', 'day', AIN_AL_ASAD, [IRI, US], 'هجوم بصاروخ باليستي قصير المدى على قاعدة عين الأسد', [sentence(A1, 'إصابة 8 أفراد'), sentence(A2, 'إصابة ثمانية أفراد'), sentence(A3, 'أصيب ثمانية جنود')], 'الثلاثاء ← آخر ثلاثاء في يوم النشر أو قبله = 2023-11-21'),
    ev('2023-11-21-attack-shaddadi', 'attack', '2023-11-21', '2023-11-21', 'day', SHADDADI, [IRI, US], 'قصف قاعدة الشدادي في سوريا', [sentence(A1, 'وقاعدة الشدادي في سوريا')], 'الثلاثاء ← 2023-11-21'),
    ev('2023-11-21-strike-abu-ghraib', 'strike', '2023-11-21', '2023-11-21', 'day', ABU_GHRAIB, [{ name: 'الحشد الشعبي', role: 'target', id: 'pmf' }], 'استهداف مركبة لفصيل مسلح على طريق أبو غريب', [sentence(A1, 'مركبة للحشد الشعبي'), sentence(A3, 'مقتل أحد ركاب السيارة')], 'الثلاثاء ← 2023-11-21'),
    ev('2023-11-22-strike-iraq', 'strike', '2023-11-22', '2023-11-22', 'day', null, [], 'ضربات أميركية على منشأتين للفصائل في العراق', [sentence(A3, 'منشأتين تابعتين')], 'صباح الأربعاء ← يوم النشر 2023-11-22'),
    ev('2024-01-20-attack-ain-al-asad', 'attack', '2024-01-20', '2024-01-21', 'days', AIN_AL_ASAD, [KH, US].map((a) => ({ ...a, role: a === KH ? 'attacker' as const : 'target' as const })), 'هجوم صاروخي باليستي على قاعدة عين الأسد', [sentence(A4, 'قال خلال نهاية الأسبوع')], 'نهاية الأسبوع ← آخر سبت وأحد قبل النشر = 2024-01-20–21'),
    ev('2024-01-23-strike-al-qaim', 'strike', '2024-01-23', '2024-01-23', 'day', AL_QAIM, [KH], 'ضربات أميركية على ثلاث منشآت لكتائب حزب الله في العراق', [sentence(A4, 'نفذت ضربات جوية في العراق'), sentence(A4, 'ثلاث منشآت تستخدمها')], 'يوم الثلاثاء ← يوم النشر 2024-01-23'),
    ev('2024-08-05-attack-ain-al-asad', 'attack', '2024-08-05', '2024-08-05', 'day', AIN_AL_ASAD, [{ name: 'الثوريون', role: 'claimant', id: 'althawriyun' }, US], 'قصف صاروخي على قاعدة عين الأسد يصيب سبعة أميركيين', [sentence(A5, 'أصيب سبعة أميركيين'), sentence(A5, 'خمسة عناصر أميركيين ومتعاقدان')], 'أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05'),
    ev('2024-08', 'context', '2024-08-01', '2024-08-31', 'month', null, [], 'تراجع وتيرة الهجمات', [sentence(A5, 'لكن وتيرتها تراجعت')], 'شهر النشر'),
  ];
  const find = (id: string): TimelineEvent => events.find((e) => e.id === id)!;
  find('2023-11-21-attack-ain-al-asad').figures.push(
    figure(A1, 'إصابة 8 أفراد', 'injured', 'us', 8, 'exact', 8, 8, '2023-11-21', '2023-11-21-attack-ain-al-asad'),
    figure(A2, 'إصابة ثمانية أفراد', 'injured', 'us', 8, 'exact', 8, 8, '2023-11-21', '2023-11-21-attack-ain-al-asad'),
    figure(A3, 'أصيب ثمانية جنود', 'injured', 'us', 8, 'exact', 8, 8, '2023-11-21', '2023-11-21-attack-ain-al-asad'),
  );
  find('2023-10-17-context-campaign').figures.push(
    figure(A1, 'لنحو 61 هجومًا', 'attacks', 'us', 61, 'about', 61, 61, '2023-11-21', '2023-10-17-context-campaign', '2023-10-11'),
    figure(A2, 'لعشرات الهجمات', 'attacks', 'us', null, 'dozens', 20, 99, '2023-11-22', '2023-10-17-context-campaign'),
    figure(A3, '66 هجوما', 'attacks', 'us', 66, 'exact', 66, 66, '2023-11-22', '2023-10-17-context-campaign', '2023-10-17'),
  );
  find('2024-01-23-strike-al-qaim').figures.push(figure(A4, 'ثلاث منشآت', 'targets', 'us', 3, 'exact', 3, 3, '2024-01-23', '2024-01-23-strike-al-qaim'));
  find('2023-11-22-strike-iraq').figures.push(figure(A3, 'منشأتين', 'targets', 'us', 2, 'exact', 2, 2, '2023-11-22', '2023-11-22-strike-iraq'));
  find('2024-08-05-attack-ain-al-asad').figures.push(
    figure(A5, 'أصيب سبعة أميركيين', 'injured', 'us', 7, 'exact', 7, 7, '2024-08-05', '2024-08-05-attack-ain-al-asad'),
    figure(A5, 'بصاروخين', 'munitions', 'militia', 2, 'exact', 2, 2, '2024-08-05', '2024-08-05-attack-ain-al-asad'),
  );
  figure(A5, 'أربعة قتلى', 'killed', 'militia', 4, 'exact', 4, 4, '2024-07-30', null);

  const dates = new Map<string, DateMention[]>();
  const date = (id: string, snippet: string, start: string, end: string, precision: TimelineEvent['date']['precision'], rule: string, explanation: string): void => {
    const r = at(id, snippet);
    const s = doc(id).sentences.find((x) => x.start <= r.start && r.start < x.end)!;
    dates.set(id, [...(dates.get(id) ?? []), { ...r, quote: snippet, sentence: s.index, span: { start, end, precision }, role: 'point', rule, explanation }]);
  };
  date(A1, 'وفي وقت سابق الثلاثاء', '2023-11-21', '2023-11-21', 'day', 'dates:weekday-on-or-before', 'الثلاثاء ← آخر ثلاثاء في يوم النشر 2023-11-21 أو قبله = 2023-11-21');
  date(A2, 'في 17 تشرين الأول', '2023-10-17', '2023-10-17', 'day', 'dates:day-month', '17 تشرين الأول ← أقرب 17 تشرين الأول لا يتجاوز يومين بعد النشر = 2023-10-17');
  date(A4, 'نهاية الأسبوع', '2024-01-20', '2024-01-21', 'days', 'dates:weekend', 'نهاية الأسبوع ← آخر سبت وأحد قبل النشر 2024-01-23 = 2024-01-20–21');
  date(A5, 'أمس الاثنين', '2024-08-05', '2024-08-05', 'day', 'dates:yesterday', 'أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05');
  date(A5, 'منذ شباط (فبراير)', '2024-02-01', '2024-02-29', 'month', 'dates:month-name', 'شباط ← آخر شباط قبل النشر = 2024-02');

  const extractions = new Map<string, ArticleExtraction>();
  for (const d of docs) extractions.set(d.article.id, { dates: dates.get(d.article.id) ?? [], figures: figures.filter((f) => f.source.article === d.article.id), events: [] });
  const timeline: Timeline = { version: 1, articles: docs.map((d) => d.article).sort((a, b) => (a.id < b.id ? -1 : 1)), events, figures };
  return { timeline, docs, extractions };
}

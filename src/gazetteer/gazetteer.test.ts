import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lexiconMessages } from '../lexicon/index.js';
import { foldTerm } from '../normalize/index.js';
import { allPlaces, findActors, findPlaces, placeById, placeContains, placesCompatible, toEventPlace } from './index.js';

const places = (text: string): string[] => findPlaces(foldTerm(text)).map((m) => m.value.id);
const actors = (text: string): string[] => findActors(foldTerm(text)).map((m) => `${m.value.id}:${m.value.side}${m.value.thing ? ':thing' : ''}`);

test('the gazetteer and actor lexicons load without problems', () => {
  assert.ok(allPlaces().length > 80);
  findActors('');
  const own = lexiconMessages().filter((m) => /places|actors/.test(m.file));
  assert.deepEqual(own.map((m) => `${m.file}:${m.place?.line}: ${m.reason}`), []);
});

test('every place is inside its country and has a containing chain that ends at a country', () => {
  for (const p of allPlaces()) {
    if (p.kind === 'country') continue;
    let at = p.within;
    let country: string | null = null;
    for (let i = 0; at && i < 10; i++) {
      const up = placeById(at)!;
      if (up.kind === 'country') country = up.country;
      at = up.within;
    }
    if (p.kind !== 'sea') assert.equal(country, p.country, p.id);
  }
});

test('coordinates of the seeds\' places are within 0.05° of the annotation', () => {
  const expected: [string, number, number][] = [['ain-al-asad', 33.8, 42.44], ['abu-ghraib', 33.29, 44.06], ['al-qaim', 34.37, 41.09], ['jurf-al-sakhar', 32.86, 44.15], ['al-shaddadi', 36.06, 40.73], ['tehran', 35.69, 51.39], ['beirut-southern-suburb', 33.85, 35.51]];
  for (const [id, lat, lon] of expected) {
    const p = placeById(id)!;
    assert.ok(Math.abs(p.lat - lat) <= 0.05 && Math.abs(p.lon - lon) <= 0.05, id);
  }
});

test('names match after proclitics and in every spelling variant', () => {
  assert.deepEqual(places('استهدف قاعدة عين الأسد الجوية'), ['ain-al-asad']);
  assert.deepEqual(places('في قاعدة الأسد الجوية بالعراق'), ['ain-al-asad', 'iraq']);
  assert.deepEqual(places('ضربات في جرف النصر وجرف الصخر'), ['jurf-al-sakhar', 'jurf-al-sakhar']);
  assert.deepEqual(places('وصل للقائم أمس'), ['al-qaim']);
  assert.deepEqual(places('قرب البوكمال والبو كمال'), ['albu-kamal', 'albu-kamal']);
  assert.deepEqual(places('في ضاحية بيروت الجنوبية'), ['beirut-southern-suburb']);
});

test('common words are not places', () => {
  assert.deepEqual(places('القائم بالأعمال الأمريكي'), []);
  assert.deepEqual(places('أسلحة حديثة وصواريخ'), []);
  assert.deepEqual(places('يمكن أن تدمر المنشآت'), []);
  assert.deepEqual(places('الأسد الرئيس السوري'), []);
  assert.deepEqual(places('عيني'), []);
});

test('containment: a base is within its province and country, not another country', () => {
  assert.ok(placeContains('iraq', 'ain-al-asad'));
  assert.ok(placeContains('anbar', 'ain-al-asad'));
  assert.ok(placeContains('ain-al-asad', 'ain-al-asad'));
  assert.ok(!placeContains('ain-al-asad', 'iraq'));
  assert.ok(!placeContains('syria', 'ain-al-asad'));
  assert.ok(placesCompatible('ain-al-asad', 'iraq'));
  assert.ok(!placesCompatible('al-qaim', 'jurf-al-sakhar'));
});

test('event places: countries have no point, sites keep their coordinates', () => {
  assert.deepEqual(toEventPlace(placeById('iraq')!), { name: 'العراق', country: 'IQ', lat: null, lon: null, id: 'iraq' });
  assert.deepEqual(toEventPlace(placeById('al-shaddadi')!), { name: 'الشدادي', country: 'SY', lat: 36.06, lon: 40.73, id: 'al-shaddadi' });
});

test('actors: named groups, compound phrases, and the longest name wins', () => {
  assert.deepEqual(actors('استهدفت كتائب حزب الله'), ['kataib-hezbollah:militia']);
  assert.deepEqual(actors('قيادي في حزب الله اللبناني'), ['hezbollah:hezbollah']);
  assert.deepEqual(actors('هاجموا قوات أمريكية'), ['us-personnel:us']);
  assert.deepEqual(actors('استهدفت قاعدة أميركية'), ['us-personnel:us:thing']);
  assert.deepEqual(actors('ضرب مواقع الميليشيات المدعومة من إيران'), ['militia-personnel:militia:thing']);
  assert.deepEqual(actors('على مقاتلين عراقيين موالين لإيران'), ['militia-personnel:militia']);
  assert.deepEqual(actors('المقاومة الإسلامية في العراق'), ['islamic-resistance-in-iraq:militia']);
});

test('officials who speak are not the forces attacked', () => {
  assert.deepEqual(actors('بحسب مسؤولين أميركيين'), []);
  assert.deepEqual(actors('أصيب سبعة أميركيين'), ['us-personnel:us']);
});

test('a country after a street or building word is a street, not the country; the country alone still is', () => {
  const ids = (text: string): string[] => findPlaces(foldTerm(text)).map((m) => m.value.id);
  assert.deepEqual(ids('سقطت قذيفة في شارع فلسطين وسط المدينة'), ['palestine-street']);
  assert.deepEqual(ids('تجمع المحتجون في ساحة لبنان'), []);
  assert.deepEqual(ids('قصف جوي في لبنان'), ['lebanon']);
  assert.deepEqual(ids('وفد من فلسطين'), ['palestine']);
});

test('Baghdad districts lie within Baghdad', () => {
  const [m] = findPlaces(foldTerm('انفجار في حي المشتل شرقي العاصمة'));
  assert.equal(m?.value.id, 'al-mashtal');
  assert.ok(placeContains('baghdad', 'al-mashtal'));
  assert.ok(placeContains('iraq', 'karrada'));
  // "المنصور" alone is also a given name
  assert.deepEqual(findPlaces(foldTerm('قال أبو المنصور')).map((x) => x.value.id), []);
});

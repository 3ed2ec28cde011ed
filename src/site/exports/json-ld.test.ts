import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { datasetJsonLd } from './dataset-json-ld.js';
import { jsonLdScript } from './json-ld-script.js';
import { newsArticleJsonLd } from './news-article-json-ld.js';
import { openGraphTags } from './open-graph.js';
import { parseXml } from './parse-xml.js';
import { sampleTimeline } from './sample-timeline.js';

function scriptText(html: string): string {
  const open = '<script type="application/ld+json">';
  assert.ok(html.startsWith(open) && html.endsWith('</script>'));
  return html.slice(open.length, -'</script>'.length);
}

test('jsonLdScript: valid JSON, no < > & left, one </script> only, hash of the exact text', () => {
  const data = { headline: '</script><script>alert(1)</script> & <!--', line: 'a\u2028b' };
  const { html, json, sha256 } = jsonLdScript(data);
  const text = scriptText(html);
  assert.equal(text, json);
  assert.doesNotMatch(text, /[<>&\u2028]/u);
  assert.equal(html.split('</script>').length, 2);
  assert.deepEqual(JSON.parse(text), data);
  assert.equal(sha256, `sha256-${createHash('sha256').update(text).digest('base64')}`);
  assert.match(sha256, /^sha256-[A-Za-z0-9+/]{43}=$/u);
});

test('NewsArticle: valid JSON-LD with the article, its outlet and its original address', () => {
  const [article] = sampleTimeline().articles;
  assert.ok(article);
  const { html } = jsonLdScript(newsArticleJsonLd(article, { path: 'articles/a1/', siteUrl: 'https://khatt.example/' }));
  const data = JSON.parse(scriptText(html)) as Record<string, unknown>;
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'NewsArticle');
  assert.equal(data.headline, article.title);
  assert.equal(data.datePublished, '2023-11-21');
  assert.equal(data.inLanguage, 'ar');
  assert.equal(data.url, 'https://khatt.example/articles/a1/');
  assert.equal(data.isBasedOn, 'https://news.example/a1?x=1&y=2');
  assert.deepEqual(data.publisher, { '@type': 'Organization', name: '=HYPERLINK("http://x")' });
});

test('NewsArticle without outlet or URL leaves those out', () => {
  const article = sampleTimeline().articles[3];
  assert.ok(article);
  const data = newsArticleJsonLd(article, { path: 'articles/a4/' });
  assert.equal('publisher' in data, false);
  assert.equal('isBasedOn' in data, false);
});

test('Dataset: coverage from the events, dateModified from the articles, every download', () => {
  const data = JSON.parse(jsonLdScript(datasetJsonLd(sampleTimeline(), { name: 'خط', description: 'الأحداث والأرقام كما روتها التقارير.', siteUrl: 'https://khatt.example/' })).json) as Record<string, unknown>;
  assert.equal(data['@type'], 'Dataset');
  assert.equal(data.url, 'https://khatt.example/downloads/');
  assert.equal(data.temporalCoverage, '2023-10-07/2024-08-04');
  assert.equal(data.dateModified, '2024-08-06');
  assert.deepEqual(data.spatialCoverage, [{ '@type': 'Country', identifier: 'IQ' }, { '@type': 'Country', identifier: 'US' }]);
  const distribution = data.distribution as { contentUrl: string; encodingFormat: string }[];
  assert.deepEqual(distribution.map((d) => [d.contentUrl, d.encodingFormat]), [
    ['https://khatt.example/data/timeline.json', 'application/json'],
    ['https://khatt.example/data/events.csv', 'text/csv'],
    ['https://khatt.example/data/figures.csv', 'text/csv'],
    ['https://khatt.example/feed.xml', 'application/atom+xml'],
  ]);
});

test('Dataset of an empty timeline has no coverage fields', () => {
  const data = datasetJsonLd({ version: 1, articles: [], events: [], figures: [] }, { name: 'خط', description: 'لا شيء بعد.' });
  assert.equal('temporalCoverage' in data, false);
  assert.equal('dateModified' in data, false);
});

test('Open Graph tags: escaped values, absolute url, article time only for articles', () => {
  const html = openGraphTags({ title: '"هجوم" <b>', path: 'events/x/', type: 'article', publishedTime: '2023-11-21', siteName: 'خط' });
  const root = parseXml(`<head>${html.replace(/>/gu, '/>').replace(/\/\/>/gu, '/>')}</head>`);
  const props = Object.fromEntries(root.children.flatMap((c) => (typeof c === 'string' ? [] : [[c.attributes.property, c.attributes.content]])));
  assert.deepEqual(props, {
    'og:title': '"هجوم" <b>',
    'og:type': 'article',
    'og:url': 'https://example.org/events/x/',
    'og:locale': 'ar_AR',
    'og:site_name': 'خط',
    'article:published_time': '2023-11-21',
  });
  assert.doesNotMatch(openGraphTags({ title: 't', path: '/', publishedTime: '2023-11-21' }), /published_time/u);
});

/**
 * Sums a V8 CPU profile's self time by where the code lives: a folder of
 * `src/` (`src/dates`, `src/extract/figures`…), a package of `node_modules/`
 * (grouped: remark-parse and the micromark/mdast/unified packages under it
 * count as one), Node's internals, or V8 (GC, program). This is what the
 * benchmark reports as "where the time goes".
 */

/** The parts of a `.cpuprofile` (Chrome DevTools protocol) we read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Total sampled time in ms. */
  totalMs: number;
  /** Self time by place, largest first. */
  byPlace: { place: string; ms: number; share: number }[];
  /** The functions with the most self time, largest first. */
  topFunctions: { fn: string; place: string; ms: number; share: number }[];
}

/** Packages that make up "remark-parse" (the Markdown parser and its tree). */
const REMARK = /^(micromark.*|mdast-util-.*|remark-.*|unified|vfile.*|unist-util-.*|decode-named-character-reference|character-entities.*|devlop|bail|trough|is-plain-obj|extend|zwitch|longest-streak|trim-lines|ccount|markdown-table|hast-util-.*|property-information|space-separated-tokens|comma-separated-tokens|html-void-elements|stringify-entities|web-namespaces|rehype-.*)$/;

/** Where a profiled function lives (see the module comment). */
export function placeOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('RegExp: ') ? 'V8 RegExp (all callers)' : functionName.startsWith('(') ? `V8 ${functionName}` : 'V8 (native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg !== undefined) return REMARK.test(pkg) ? 'remark/micromark/mdast' : pkg;
  const src = /\/src\/(extract\/[^/]+|[^/]+)\//.exec(url)?.[1];
  if (src !== undefined) return `src/${src}`;
  if (/\/src\/[^/]+$/.test(url)) return 'src (top)';
  if (url.includes('/scripts/')) return 'scripts';
  return url;
}

/** Self time by place and by function. */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  }
  const places = new Map<string, number>();
  const functions = new Map<string, { place: string; us: number }>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const place = placeOf(url, functionName);
    places.set(place, (places.get(place) ?? 0) + us);
    const key = `${shorten(functionName || '(anonymous)')} ${where(url, lineNumber)}`.trim();
    const entry = functions.get(key) ?? { place, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const share = (us: number): number => (total === 0 ? 0 : us / total);
  return {
    totalMs: total / 1000,
    byPlace: [...places].sort((a, b) => b[1] - a[1]).map(([place, us]) => ({ place, ms: us / 1000, share: share(us) })),
    topFunctions: [...functions]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([fn, { place, us }]) => ({ fn, place, ms: us / 1000, share: share(us) })),
  };
}

/** A RegExp's source cut to a readable length. */
function shorten(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

/**
 * A function's file, relative to node_modules/ or the repository. Lines are
 * left out for TypeScript run through tsx (the profile sees transpiled code).
 */
function where(url: string, line: number): string {
  if (url === '') return '';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return `${url.slice(nm + '/node_modules/'.length)}:${line + 1}`;
  const repo = /\/(src|scripts|templates)\/.*$/.exec(url)?.[0]?.slice(1) ?? url;
  return repo.endsWith('.ts') ? repo : `${repo}:${line + 1}`;
}

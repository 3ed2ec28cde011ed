import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { correctionsPathFor } from '../corrections/index.js';

/**
 * The editors' dev server: builds, serves the output on 127.0.0.1, and
 * rebuilds when an article, the corrections file, a template or a lexicon
 * changes; open pages reload themselves through Server-Sent Events.
 *
 * The builds run in a child process, `scripts/build.ts --watch`, kept
 * alive between edits: a change to an article or to the corrections file
 * asks it to rebuild (it renders again only the pages the change touched);
 * a change to a template or a lexicon starts a new child with a full
 * build, since templates and lexicons are read once per process.
 */

export interface DevServerOptions {
  contentDir: string;
  outDir: string;
  /** 0 picks a free port. */
  port: number;
  corrections?: string;
  /** false builds only data/timeline.json (faster). */
  site?: boolean;
  /** Folders and files whose changes trigger a rebuild (default: content, corrections file, templates/, src/lexicon/). */
  watch?: string[];
  /**
   * Runs one build; resolves to its exit code. `full`: templates or
   * lexicons changed (or the first build). Default: `scripts/build.ts
   * --watch` in a child process, started again for a full build.
   */
  build?: (full: boolean) => Promise<number>;
  log?: (line: string) => void;
  /** Quiet time after a change before rebuilding (ms). */
  debounce?: number;
}

export interface DevServer {
  url: string;
  /** Number of builds finished so far. */
  builds(): number;
  /** Rebuilds now (as a watched change would). */
  rebuild(): void;
  close(): Promise<void>;
}

/** Paths the server answers itself; never files of the site. */
export const RELOAD_SCRIPT_PATH = '/__khatt/live-reload.js';
export const EVENTS_PATH = '/__khatt/events';

/** The live-reload client, served as a file: the site's CSP allows no inline scripts. */
export const RELOAD_SCRIPT = `// Khatt dev server: reload the page after each rebuild.
new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload', () => location.reload());
`;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Adds the live-reload script to an HTML page, before `</head>` (else
 * `</body>`, else at the end).
 *
 * @example
 *   injectReloadScript('<html><head></head><body>خط</body></html>')
 *   // '<html><head><script src="/__khatt/live-reload.js" defer></script></head><body>خط</body></html>'
 */
export function injectReloadScript(html: string): string {
  const tag = `<script src="${RELOAD_SCRIPT_PATH}" defer></script>`;
  for (const close of ['</head>', '</body>']) {
    const at = html.toLowerCase().indexOf(close);
    if (at >= 0) return `${html.slice(0, at)}${tag}${html.slice(at)}`;
  }
  return `${html}${tag}`;
}

/** Starts the server after a first build; resolves once it listens. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const outDir = resolve(options.outDir);
  const child = options.build ? null : watchChild(options);
  const runBuild = options.build ?? ((full: boolean) => child!.build(full));
  const clients = new Set<ServerResponse>();
  const watchers: FSWatcher[] = [];
  let finished = 0;
  let building = false;
  let pending = false;
  let full = true;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const send = (event: string, data: unknown): void => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  const rebuild = async (): Promise<void> => {
    if (building) {
      pending = true;
      return;
    }
    building = true;
    send('building', { build: finished + 1 });
    const started = performance.now();
    const wasFull = full;
    full = false;
    const exitCode = await runBuild(wasFull).catch(() => 1);
    finished++;
    building = false;
    if (closed) return;
    log(`khatt dev: build ${finished} finished in ${Math.round(performance.now() - started)} ms (exit ${exitCode})`);
    send('reload', { build: finished, exitCode });
    if (pending) {
      pending = false;
      void rebuild();
    }
  };
  const schedule = (needsFull = false): void => {
    full ||= needsFull;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void rebuild();
    }, options.debounce ?? 150);
  };

  await rebuild();

  const server = createServer((request, response) => serve(request, response, outDir, clients));
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;

  const code = [join(ROOT, 'templates'), join(ROOT, 'src', 'lexicon')];
  for (const target of options.watch ?? defaultWatchList(options)) {
    const needsFull = code.includes(resolve(target));
    const watcher = watchPath(target, () => schedule(needsFull));
    if (watcher) watchers.push(watcher);
  }

  return {
    url: `http://127.0.0.1:${port}`,
    builds: () => finished,
    rebuild: () => schedule(),
    close: async () => {
      closed = true;
      child?.stop();
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.end();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The content folder, the corrections file, templates/ and src/lexicon/. */
function defaultWatchList(options: DevServerOptions): string[] {
  // Watched even before it exists: creating the file triggers a rebuild.
  const corrections = options.corrections ?? correctionsPathFor(options.contentDir);
  return [options.contentDir, corrections, join(ROOT, 'templates'), join(ROOT, 'src', 'lexicon')];
}

/**
 * Watches a folder (recursively) or one file (through its folder, so that
 * an editor's save-by-rename is seen). Editor droppings are ignored.
 */
function watchPath(target: string, onChange: () => void): FSWatcher | null {
  const path = resolve(target);
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  if (!existsSync(dir)) return null;
  const only = isDir ? null : basename(path);
  const ignored = (name: string): boolean => {
    const last = basename(name);
    return last.startsWith('.') || last.endsWith('~') || last.endsWith('.swp') || last.endsWith('.tmp');
  };
  try {
    return watch(dir, { recursive: isDir }, (_event, name) => {
      const file = name === null ? null : String(name);
      if (file !== null && (ignored(file) || (only !== null && file !== only))) return;
      onChange();
    });
  } catch {
    // recursive watching is not supported here: watch the top folder only
    return watch(dir, (_event, name) => {
      if (name !== null && (ignored(String(name)) || (only !== null && String(name) !== only))) return;
      onChange();
    });
  }
}

/**
 * `scripts/build.ts --watch` in a child process with an IPC channel: the
 * child builds once, then rebuilds when told to; a full build replaces the
 * child with a new one.
 */
function watchChild(options: DevServerOptions): { build(full: boolean): Promise<number>; stop(): void } {
  const args = [join(ROOT, 'scripts', 'run.mjs'), 'build', '--watch', '--content', resolve(options.contentDir), '--out', resolve(options.outDir)];
  if (options.corrections !== undefined) args.push('--corrections', resolve(options.corrections));
  if (options.site === false) args.push('--no-site');
  let child: ChildProcess | null = null;
  let waiting: ((exitCode: number) => void) | null = null;
  const answer = (exitCode: number): void => {
    const done = waiting;
    waiting = null;
    done?.(exitCode);
  };
  const stop = (): void => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
    child = null;
  };
  return {
    build(full) {
      return new Promise((done) => {
        waiting = done;
        if (full || child === null) {
          stop();
          const started: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          child = started;
          // a child replaced by a newer one is not listened to any more
          started.on('message', (m: { type?: string; exitCode?: number }) => {
            if (child === started && (m.type === 'built' || m.type === 'rebuilt')) answer(m.exitCode ?? 1);
          });
          started.once('error', () => {
            if (child === started) answer(1);
          });
          started.once('exit', (code) => {
            if (child !== started) return;
            child = null;
            answer(code ?? 1);
          });
        } else {
          child.send({ type: 'rebuild' });
        }
      });
    },
    stop,
  };
}

function serve(request: IncomingMessage, response: ServerResponse, outDir: string, clients: Set<ServerResponse>): void {
  const reply = (status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'GET only\n');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return reply(400, 'bad address\n');
  }
  if (pathname === RELOAD_SCRIPT_PATH) return reply(200, RELOAD_SCRIPT, CONTENT_TYPES['.js']);
  if (pathname === EVENTS_PATH) {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write('retry: 500\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (pathname.includes('\0')) return reply(400, 'bad address\n');
  let file = resolve(outDir, `.${pathname}`);
  if (file !== outDir && !file.startsWith(outDir + sep)) return reply(403, 'outside the site\n');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return reply(404, `not found: ${pathname}\n`);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const bytes = readFileSync(file);
  if (type.startsWith('text/html')) return reply(200, injectReloadScript(bytes.toString('utf8')), type);
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': bytes.length });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

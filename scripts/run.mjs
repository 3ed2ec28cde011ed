/**
 * node scripts/run.mjs NAME [ARGS…]: runs scripts/NAME.ts compiled into one
 * JavaScript file, the way `npm run build`, `npm run check` and
 * `npm run figures` start.
 *
 * Under tsx every one of the few hundred modules a build loads (Khatt's own
 * and the unified/micromark packages') goes through tsx's loader hooks, and
 * Node keeps a source map of each: about 1.5 s of CPU before a build reads
 * its first article. Here esbuild bundles the script once into
 * `node_modules/.cache/khatt/ROOT/NAME-STAMP.mjs` (ROOT: a hash of this
 * checkout's path), and later runs import that
 * file directly. STAMP is a hash of the path, size and modification time of
 * every file under `src/` and `scripts/`, of `package-lock.json`, and of
 * this folder's path: any edit to the sources, or new dependencies, compiles
 * again (a few hundred milliseconds) on the next run; stale bundles of NAME
 * are removed then.
 *
 * Each module's `import.meta.url` and `import.meta.dirname` are replaced by
 * the source file's own, so the lexicons, templates and other files a module
 * reads beside itself are found as under tsx. Eleventy, Pagefind and tsx stay
 * outside the bundle (they load files of their own at run time).
 *
 * `npx tsx scripts/NAME.ts` still runs the same script from its sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Packages left outside the bundle: they load files or binaries of their own, relative to themselves. */
export const EXTERNAL_PACKAGES = ['@11ty/*', 'pagefind', 'tsx', 'world-atlas', 'playwright-core'];

/**
 * A hash of the files that make a bundle: path, size and modification time of
 * every file under `dirs` (recursively) and of each of `files` (missing ones
 * count as missing), and `root` itself.
 */
export function sourceStamp(root, dirs = ['src', 'scripts'], files = ['package-lock.json']) {
  const hash = createHash('sha256').update(root);
  const entries = [];
  for (const dir of dirs) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) entries.push(join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  for (const file of files) entries.push(join(root, file));
  for (const path of entries.sort()) {
    const stat = existsSync(path) ? statSync(path) : null;
    hash.update(`${relative(root, path)}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : '-'}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** An esbuild plugin: each of Khatt's modules keeps its own file's `import.meta.url` and `import.meta.dirname`. */
function keepModuleLocation(root) {
  const ours = new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(src|scripts)/.*\\.ts$`);
  return {
    name: 'keep-module-location',
    setup(build) {
      build.onLoad({ filter: ours }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        return {
          contents: text
            .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
            .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path))),
          loader: 'ts',
        };
      });
    },
  };
}

/**
 * The path of scripts/NAME.ts compiled into one file, compiling it first when
 * the sources changed since the last bundle (or there is none).
 */
export async function compiledScript(name, root = ROOT) {
  const entry = join(root, 'scripts', `${name}.ts`);
  if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(entry)) throw new Error(`scripts/run.mjs: no script scripts/${name}.ts`);
  // One folder per checkout: worktrees that share node_modules (a symlink) do not remove each other's bundles
  const cache = join(root, 'node_modules', '.cache', 'khatt', createHash('sha256').update(root).digest('hex').slice(0, 8));
  const out = join(cache, `${name}-${sourceStamp(root)}.mjs`);
  if (existsSync(out)) return out;
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    plugins: [keepModuleLocation(root)],
    // CommonJS packages inside the bundle call require(): give the ES module one
    banner: { js: "import { createRequire as khattCreateRequire } from 'node:module'; const require = khattCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  renameSync(temp, out); // whole or not at all, should two runs compile at once
  for (const file of readdirSync(cache)) {
    if (file.startsWith(`${name}-`) && file.endsWith('.mjs') && join(cache, file) !== out) rmSync(join(cache, file), { force: true });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2];
  if (!name) {
    console.error('usage: node scripts/run.mjs NAME [ARGS…]   (runs scripts/NAME.ts, compiled)');
    process.exit(1);
  }
  const file = await compiledScript(name);
  process.argv.splice(1, 2, join(ROOT, 'scripts', `${name}.ts`)); // the script reads its own arguments from argv[2]
  await import(pathToFileURL(file).href);
}

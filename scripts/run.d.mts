/** Types of scripts/run.mjs (plain JavaScript: it runs before any TypeScript loader). */

/** Packages left outside the bundle: they load files or binaries of their own, relative to themselves. */
export declare const EXTERNAL_PACKAGES: readonly string[];

/** A hash of path, size and modification time of every file under `dirs` and of `files`, and of `root`. */
export declare function sourceStamp(root: string, dirs?: readonly string[], files?: readonly string[]): string;

/** The path of scripts/NAME.ts compiled into one file, compiling it first when the sources changed. */
export declare function compiledScript(name: string, root?: string): Promise<string>;

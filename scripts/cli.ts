/**
 * What every command-line script shares: parsing its options (with `--help`
 * and a one-line message on a bad option), and checking the folders and
 * files it is pointed at before any work starts.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CliValues<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>['values'];

/**
 * Parses `process.argv` for a script. Returns the values, or the exit code
 * when the script should stop here (0 after printing `--help`, 1 after a
 * bad option, with the usage line).
 *
 * @example
 *   const parsed = parseCommandLine({options: {content: {type: 'string', default: 'content/articles'}}}, 'usage: …', 'khatt');
 *   if (typeof parsed === 'number') process.exit(parsed);
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string, name = 'khatt'): CliValues<T> | number {
  let values: CliValues<T>;
  try {
    ({ values } = parseArgs({ ...config, options: { ...config.options, help: { type: 'boolean', default: false } }, strict: true }) as { values: CliValues<T> });
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}\n${usage}`);
    return 1;
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return values;
}

/**
 * Checks that the content folder (and corrections file, when named) exist;
 * prints what to do and returns false when not.
 */
export function checkInputs(inputs: { content?: string | undefined; corrections?: string | undefined }, name = 'khatt'): boolean {
  if (inputs.content !== undefined && (!existsSync(inputs.content) || !statSync(inputs.content).isDirectory())) {
    console.error(`${name}: content folder ${inputs.content} does not exist: pass --content DIR`);
    return false;
  }
  if (inputs.corrections !== undefined && !existsSync(inputs.corrections)) {
    console.error(`${name}: corrections file ${inputs.corrections} does not exist`);
    return false;
  }
  return true;
}

import { dirname, join, resolve } from 'node:path';

/**
 * Where the corrections file of a content folder lives: `corrections.yaml`
 * in its parent, so `content/articles` has `content/corrections.yaml`.
 *
 * @example
 *   correctionsPathFor('content/articles') // '/…/content/corrections.yaml'
 */
export function correctionsPathFor(contentDir: string): string {
  return join(dirname(resolve(contentDir)), 'corrections.yaml');
}

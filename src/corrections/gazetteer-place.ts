import { placeById, toEventPlace } from '../gazetteer/index.js';
import type { Place } from '../model/types.js';

/**
 * Looks a place up by its gazetteer id, for corrections that set an event's
 * place (`place: ain-al-asad`), as the events stage would place it (a
 * country carries no coordinates). Null when there is no such id.
 *
 * @example
 *   gazetteerPlace('ain-al-asad') // {name: 'قاعدة عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44, id: 'ain-al-asad'}
 */
export function gazetteerPlace(id: string): Place | null {
  const entry = placeById(id);
  return entry ? toEventPlace(entry) : null;
}

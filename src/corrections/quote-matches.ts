import { foldTerm } from '../normalize/index.js';

/** Folded, with every run of white space one space: how quotes are compared. */
function squash(text: string): string {
  return foldTerm(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a correction's quote names a record's quote: after folding (hamza
 * forms, ta marbuta, diacritics, digits, quote marks) and collapsing white
 * space, the record's quote contains the given text, or the given text
 * contains the record's quote (an editor may copy the whole sentence around a
 * short figure phrase).
 *
 * @example
 *   quoteMatches('أصيب سبعة أميركيين بقصف صاروخي', 'اصيب سبعه')  // true
 *   quoteMatches('ثمانية أفراد', 'قتل ثمانية أفراد أمس')          // true
 *   quoteMatches('ثمانية أفراد', 'تسعة')                          // false
 */
export function quoteMatches(recordQuote: string, query: string): boolean {
  const record = squash(recordQuote);
  const wanted = squash(query);
  if (wanted === '' || record === '') return false;
  return record.includes(wanted) || wanted.includes(record);
}

import type { NumberWord } from './number-lexicon.js';

/**
 * The value of a sequence of number words, read left to right as Arabic
 * writes compounds: units and tens add ("خمسة وعشرون" = 25), a bare "مئة"
 * after a unit multiplies it ("ثلاث مئة" = 300), "ألف"/"آلاف" and "مليون"
 * multiply what came before them ("ثلاثة آلاف" = 3000, "خمسة وعشرون ألفًا"
 * = 25000) and then the rest adds ("ألف وخمسمئة" = 1500).
 *
 * Returns null for a sequence that is no number by itself ("أحد" alone).
 *
 * @example
 *   evaluateNumberWords([three, thousands, five-hundred, five, twenty]) // 3525
 */
export function evaluateNumberWords(words: readonly NumberWord[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 1 && !words[0]!.alone) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const value = word.value;
    if (value === null) return null;
    switch (word.type) {
      case 'unit':
        current += value;
        break;
      case 'hundred':
        current = value === 100 && current > 0 && current < 10 ? current * 100 : current + value;
        break;
      case 'thousand':
        total += (current > 0 ? current : 1) * value;
        current = 0;
        break;
      case 'million':
        total += (current > 0 ? current : 1) * value;
        current = 0;
        break;
      default:
        return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/**
 * The value of a digit string over folded text (Western digits; folding has
 * already turned ٢٬٥٠٠ into 2,500). Thousands separators are commas in
 * groups of three; a dot is a decimal point.
 *
 * @example
 *   parseDigits('2,500') // 2500
 *   parseDigits('2.5')   // 2.5
 */
export function parseDigits(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return null;
}

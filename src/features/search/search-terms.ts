/**
 * How text becomes search terms, shared by the index build (Node) and every search (browser and
 * server), so a query is cut and folded exactly as the articles were.
 */

/** A word: a run of letters (with their accents) and digits. Everything else separates words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower case without accents, so "martin" finds "Martín" and "Peru" finds "Perú". */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The folded terms of `text`, in order, repeats kept. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    // Plain ASCII letters and digits, most of the text, need no Unicode normalisation.
    const term = /^[a-zA-Z0-9]*$/.test(word) ? word.toLowerCase() : foldTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The file a term's postings are in: its first two characters. A query term of two or more
 * characters therefore needs exactly one file, whatever it is a prefix of. Characters outside
 * a–z and 0–9 are written as their code point, so file names stay plain ASCII.
 */
export function shardKey(term: string): string {
  return Array.from(term)
    .slice(0, 2)
    .map((char) => (/^[a-z0-9]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`))
    .join('');
}

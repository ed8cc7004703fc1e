import { foldTerm, WORD } from './search-terms.ts';

/** Splits text into words and what lies between them, keeping both. */
const WORDS_AND_GAPS = new RegExp(`(${WORD.source})`, 'u');

/**
 * Marks the words of `text` that the search matched. Matching folds case and accents the way
 * the index does, so the term "martin" marks "Martín"; the text itself is shown unchanged.
 */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  const wanted = terms.map(foldTerm);
  // Unmarked stretches are joined, so the HTML is one text node between marks, not one per word.
  const pieces: { text: string; marked: boolean }[] = [];
  for (const part of text.split(WORDS_AND_GAPS)) {
    const folded = foldTerm(part);
    const marked = folded !== '' && wanted.some((term) => folded.startsWith(term));
    const last = pieces.at(-1);
    if (last && !last.marked && !marked) last.text += part;
    else pieces.push({ text: part, marked });
  }
  return (
    <>
      {pieces.map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}

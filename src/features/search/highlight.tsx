import { foldTerm } from './search-options.ts';

/**
 * Marks the words of `text` that the search matched. Matching folds case and accents the way
 * the index does, so the term "martin" marks "Martín"; the text itself is shown unchanged.
 */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  const wanted = terms.map(foldTerm);
  // Split into words and the spaces and punctuation between them, keeping both.
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, index) => {
        const folded = foldTerm(part);
        const hit = folded !== '' && wanted.some((term) => folded.startsWith(term));
        return hit ? <mark key={index}>{part}</mark> : part;
      })}
    </>
  );
}

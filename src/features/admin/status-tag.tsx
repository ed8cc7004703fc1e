/** GOV.UK's tag: the review status as a word, not a colour alone. */
export function StatusTag({ processed }: { processed: boolean }) {
  return (
    <strong className={`admin-tag${processed ? ' admin-tag--processed' : ''}`}>
      {processed ? 'Processed' : 'New'}
    </strong>
  );
}

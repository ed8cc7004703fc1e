export type Cell = string | number;

/**
 * A plain-text table: columns padded to their widest cell, numbers (and cells that start with a
 * digit, a sign or "≈") right-aligned, a dashed rule under the header.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]) {
  const text = (cell: Cell | undefined) =>
    typeof cell === 'number' ? cell.toLocaleString('en-GB') : (cell ?? '');
  const numeric = (cell: Cell | undefined) =>
    typeof cell === 'number' || /^[-+≈]?\s?\d/.test(text(cell));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => text(row[column]).length)),
  );
  const rightAligned = headers.map(
    (_, column) => rows.length > 0 && rows.every((row) => numeric(row[column]) || !row[column]),
  );
  const line = (cells: readonly (Cell | undefined)[]) =>
    widths
      .map((width, column) =>
        rightAligned[column]
          ? text(cells[column]).padStart(width)
          : text(cells[column]).padEnd(width),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** 1234567 → "1,234,567 B". */
export function bytes(count: number): string {
  return `${count.toLocaleString('en-GB')} B`;
}

/** Signed difference, "+0 B" when equal. */
export function signedBytes(count: number): string {
  return `${count >= 0 ? '+' : '-'}${Math.abs(count).toLocaleString('en-GB')} B`;
}

export function seconds(value: number): string {
  return `${value.toFixed(1)} s`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A form's answers are one flat object (depth 1); this leaves room and stops a 5,000-deep body. */
export const MAX_BODY_DEPTH = 8;

/**
 * Whether a parsed JSON value nests arrays or objects more than `limit` levels deep. Walks with
 * its own stack, never recursion, so a hostile body cannot overflow the call stack here.
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.value === null || typeof item.value !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth });
  }
  return false;
}

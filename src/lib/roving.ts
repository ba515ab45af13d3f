/**
 * Keyboard movement inside a group that is one tab stop (the WAI-ARIA roving tabindex): the
 * arrow keys step through the items in order, wrapping around; Home and End jump to the ends.
 */

const STEP_BY_KEY: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The item a key moves to from `current`, or undefined for a key that does not move. */
export function rovingTarget<T>(order: readonly T[], current: T, key: string): T | undefined {
  if (order.length === 0) return undefined;
  if (key === 'Home') return order[0];
  if (key === 'End') return order.at(-1);
  const step = STEP_BY_KEY[key];
  if (!step) return undefined;
  return order[(order.indexOf(current) + step + order.length) % order.length];
}

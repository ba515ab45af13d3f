/**
 * Keeps a list's identity while its items are the same objects, so that a Svelte `$derived`
 * over it (equal by identity) does not wake what depends on it. Statuses are shared objects
 * per standing (see membership.ts), so a year in which nothing changed gives the same items.
 */
export function keepSameItems<T>(): (next: readonly T[]) => readonly T[] {
  let previous: readonly T[] | undefined;
  return (next) => {
    if (previous && previous.length === next.length && previous.every((item, i) => item === next[i])) return previous;
    previous = next;
    return next;
  };
}

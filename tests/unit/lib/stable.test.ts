import { describe, expect, it } from 'vitest';
import { keepSameItems } from '../../../src/lib/stable.ts';

describe('keepSameItems', () => {
  it('gives back the previous list while the items are the same objects', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    const keep = keepSameItems<{ id: number }>();
    const first = [a, b];
    expect(keep(first)).toBe(first);
    expect(keep([a, b])).toBe(first);
  });

  it('takes a new list when an item, the order or the length differs', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    const keep = keepSameItems<{ id: number }>();
    keep([a, b]);
    const swapped = [b, a];
    expect(keep(swapped)).toBe(swapped);
    const copy = [b, { id: 1 }];
    expect(keep(copy)).toBe(copy);
    const shorter = [b];
    expect(keep(shorter)).toBe(shorter);
  });
});

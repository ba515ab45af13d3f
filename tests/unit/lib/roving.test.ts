import { describe, expect, it } from 'vitest';
import { rovingTarget } from '../../../src/lib/roving.ts';

const ORDER = ['ARM', 'AZE', 'BLR'];

describe('rovingTarget', () => {
  it.each([
    ['AZE', 'ArrowRight', 'BLR'],
    ['AZE', 'ArrowDown', 'BLR'],
    ['AZE', 'ArrowLeft', 'ARM'],
    ['AZE', 'ArrowUp', 'ARM'],
    ['BLR', 'ArrowRight', 'ARM'], // wraps around
    ['ARM', 'ArrowLeft', 'BLR'],
    ['AZE', 'Home', 'ARM'],
    ['AZE', 'End', 'BLR'],
    ['AZE', 'Enter', undefined],
    ['AZE', 'a', undefined],
  ])('from %s, %s → %s', (current, key, target) => {
    expect(rovingTarget(ORDER, current, key)).toBe(target);
  });

  it('does not move in an empty group', () => {
    expect(rovingTarget([], 'ARM', 'ArrowRight')).toBeUndefined();
  });
});

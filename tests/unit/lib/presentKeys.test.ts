import { describe, expect, it } from 'vitest';
import { focusKind, presentAction, type FocusKind, type PresentAction } from '../../../src/lib/presentKeys.ts';

describe('presentAction', () => {
  it.each<[string, FocusKind, boolean, PresentAction | null]>([
    // Clickers send PageUp/PageDown or the arrows; they work wherever the focus is.
    ['PageDown', 'other', false, 'next'],
    ['PageUp', 'other', false, 'previous'],
    ['PageDown', 'slider', false, 'next'],
    ['PageUp', 'field', false, 'previous'],
    ['ArrowRight', 'other', false, 'next'],
    ['ArrowLeft', 'button', false, 'previous'],
    ['Home', 'other', false, 'first'],
    ['End', 'other', false, 'last'],
    [' ', 'other', false, 'play'],
    ['f', 'other', false, 'fullscreen'],
    ['F', 'other', false, 'fullscreen'],
    ['Escape', 'other', false, 'leave'],
    ['Escape', 'field', false, 'leave'],
    ['?', 'other', false, 'help'],
    // The slider keeps its own keys; a field keeps every key but PageUp, PageDown and Escape.
    ['ArrowRight', 'slider', false, null],
    ['Home', 'slider', false, null],
    ['f', 'field', false, null],
    [' ', 'field', false, null],
    ['ArrowLeft', 'field', false, null],
    // Space presses a focused button; browser shortcuts (Ctrl+F) are left alone.
    [' ', 'button', false, null],
    ['f', 'other', true, null],
    ['ArrowRight', 'other', true, null],
    // Keys the presentation does not use.
    ['a', 'other', false, null],
    ['Enter', 'other', false, null],
  ])('%j with focus on %s (modifier %s) → %s', (key, focus, hasModifier, action) => {
    expect(presentAction(key, focus, hasModifier)).toBe(action);
  });
});

describe('focusKind', () => {
  it.each<[string, FocusKind]>([
    ['<input type="range">', 'slider'],
    ['<input type="text">', 'field'],
    ['<input type="checkbox">', 'field'],
    ['<select></select>', 'field'],
    ['<textarea></textarea>', 'field'],
    ['<button>Next</button>', 'button'],
    ['<a href="#x">x</a>', 'button'],
    ['<span role="button">x</span>', 'button'],
    ['<div>x</div>', 'other'],
  ])('%s → %s', (html, kind) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    expect(focusKind(holder.firstElementChild)).toBe(kind);
  });

  it('is "other" with nothing focused', () => {
    expect(focusKind(null)).toBe('other');
  });
});

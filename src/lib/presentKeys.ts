/**
 * The presentation's keys (clickers send PageUp/PageDown or the arrows), as one pure rule: which
 * action a key asks for, given what has the focus. A control keeps the keys it needs itself.
 */
export type PresentAction = 'previous' | 'next' | 'first' | 'last' | 'play' | 'fullscreen' | 'leave' | 'help';

/** What has the keyboard focus, as far as the keys are concerned. */
export type FocusKind = 'slider' | 'field' | 'button' | 'other';

/** Each action and the keys that ask for it, in the order the key help lists them; a letter in either case. */
export const PRESENT_KEYS = [
  { action: 'previous', keys: ['ArrowLeft', 'PageUp'] },
  { action: 'next', keys: ['ArrowRight', 'PageDown'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'play', keys: [' '] },
  { action: 'fullscreen', keys: ['F'] },
  { action: 'leave', keys: ['Escape'] },
  { action: 'help', keys: ['?'] },
] as const satisfies readonly { action: PresentAction; keys: readonly string[] }[];

/** A key of the presentation, as `KeyboardEvent.key` names it (a letter in capitals). */
export type PresentKey = (typeof PRESENT_KEYS)[number]['keys'][number];

const ACTIONS = new Map<string, PresentAction>(PRESENT_KEYS.flatMap(({ action, keys }) => keys.map((key) => [key, action])));

/** Keys a slider uses to move itself; a field (select, text) uses every key but these. */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);
const KEYS_FOR_ANY_FOCUS = new Set(['PageUp', 'PageDown', 'Escape']);

/** The action `key` asks for, or null when the key belongs to the focused control (or to nobody). */
export function presentAction(key: string, focus: FocusKind, hasModifier: boolean): PresentAction | null {
  const action = ACTIONS.get(key.length === 1 ? key.toUpperCase() : key);
  if (!action || hasModifier) return null;
  if (focus === 'field' && !KEYS_FOR_ANY_FOCUS.has(key)) return null;
  if (focus === 'slider' && SLIDER_KEYS.has(key)) return null;
  // Space presses a focused button, as everywhere else.
  if (focus === 'button' && key === ' ') return null;
  return action;
}

/** The kind of element that has the focus. */
export function focusKind(element: Element | null): FocusKind {
  if (!element) return 'other';
  if (element.matches('input[type="range"]')) return 'slider';
  if (element.matches('input, select, textarea, [contenteditable="true"]')) return 'field';
  if (element.matches('button, [role="button"], summary, a[href]')) return 'button';
  return 'other';
}

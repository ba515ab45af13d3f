/**
 * What a reader does to the prerendered page before its script has taken over: the slider moved,
 * a box ticked, a panel opened, a button pressed, a link a sandboxed frame could not open. Recorded from the document, and played back on
 * the running app, so that nothing a reader did in those first moments is lost.
 */
import {
  EARLY_INPUT_EVENTS,
  EARLY_INPUT_QUEUE,
  EARLY_PRESS_DROPPED_EVENT,
  INTENT_EVENTS,
  type DroppedPress,
} from './lib/pageFlags.ts';

/** The state a form control or disclosure was left in. */
type LeftState = { value: string } | { checked: boolean } | { open: boolean };

export interface EarlyInput {
  /** Whether the reader had already reached for the graphic (an intent event) before this script ran. */
  readonly reachedBefore: boolean;
  /**
   * Stops recording and hands every recorded act to the running app; `settle` lets the app draw
   * the choices put back, before a button pressed meanwhile is read again.
   */
  replay(settle?: () => void): void;
}

function stateOf(element: EventTarget | null): LeftState | null {
  if (element instanceof HTMLInputElement)
    return element.type === 'checkbox' || element.type === 'radio' ? { checked: element.checked } : { value: element.value };
  if (element instanceof HTMLSelectElement) return { value: element.value };
  if (element instanceof HTMLDetailsElement) return { open: element.open };
  return null;
}

/** A button's words as the reader read them. */
const labelOf = (button: HTMLButtonElement) => button.textContent!.replace(/\s+/g, ' ').trim();

/** Starts recording on `document`. */
export function recordEarlyInput(): EarlyInput {
  const leftStates = new Map<Element, LeftState>();
  let pressed: { button: HTMLButtonElement; label: string } | null = null;
  let refusedLink: HTMLAnchorElement | null = null;

  const onChange = (event: Event) => {
    const state = stateOf(event.target);
    if (state) leftStates.set(event.target as Element, state);
  };
  const onClick = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) pressed = { button, label: labelOf(button) };
    // The first script stopped it (src/lib/firstScript.ts): the app offers the address instead.
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link && event.defaultPrevented) refusedLink = link;
  };
  const record: Record<(typeof EARLY_INPUT_EVENTS)[number], (event: Event) => void> = {
    input: onChange,
    change: onChange,
    toggle: onChange,
    click: onClick,
  };
  // What the first script queued before this script arrived comes first; then it stops queuing.
  const queue = window as unknown as Record<typeof EARLY_INPUT_QUEUE, Event[] | null | undefined>;
  const queued = queue[EARLY_INPUT_QUEUE] ?? [];
  queue[EARLY_INPUT_QUEUE] = null;
  for (const event of queued) record[event.type as keyof typeof record]?.(event);
  // `toggle` does not bubble: the capture phase still passes the document.
  for (const type of EARLY_INPUT_EVENTS) document.addEventListener(type, record[type], true);

  return {
    reachedBefore: queued.some((event) => (INTENT_EVENTS as readonly string[]).includes(event.type)),
    replay(settle) {
      for (const type of EARLY_INPUT_EVENTS) document.removeEventListener(type, record[type], true);
      // The app has just set each control from its own state; the reader's choice is put back
      // and announced as the reader's own input would have been.
      for (const [element, state] of leftStates) {
        if (!element.isConnected) continue;
        if ('open' in state) {
          (element as HTMLDetailsElement).open = state.open;
          continue;
        }
        if ('checked' in state) (element as HTMLInputElement).checked = state.checked;
        else (element as HTMLInputElement | HTMLSelectElement).value = state.value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      }
      // A press does what its label said when it was pressed, or nothing, and the reader is told.
      settle?.();
      if (pressed?.button.isConnected && !pressed.button.disabled) {
        const now = labelOf(pressed.button);
        if (now === pressed.label) pressed.button.click();
        else
          pressed.button.dispatchEvent(
            new CustomEvent<DroppedPress>(EARLY_PRESS_DROPPED_EVENT, { bubbles: true, detail: { pressed: pressed.label, now } }),
          );
      }
      if (refusedLink?.isConnected) refusedLink.click();
    },
  };
}

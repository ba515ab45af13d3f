/**
 * What a reader does to the prerendered page before its script has taken over: the slider moved,
 * a box ticked, a panel opened, a button pressed. Recorded from the document, and played back on
 * the running app, so that nothing a reader did in those first moments is lost.
 */

/** The state a form control or disclosure was left in. */
type LeftState = { value: string } | { checked: boolean } | { open: boolean };

export interface EarlyInput {
  /** Stops recording and hands every recorded act to the running app. */
  replay(): void;
}

function stateOf(element: EventTarget | null): LeftState | null {
  if (element instanceof HTMLInputElement)
    return element.type === 'checkbox' || element.type === 'radio' ? { checked: element.checked } : { value: element.value };
  if (element instanceof HTMLSelectElement) return { value: element.value };
  if (element instanceof HTMLDetailsElement) return { open: element.open };
  return null;
}

/** Starts recording on `document`. */
export function recordEarlyInput(): EarlyInput {
  const leftStates = new Map<Element, LeftState>();
  let pressedButton: HTMLButtonElement | null = null;

  const onChange = (event: Event) => {
    const state = stateOf(event.target);
    if (state) leftStates.set(event.target as Element, state);
  };
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) pressedButton = button;
  };
  // `toggle` does not bubble: the capture phase still passes the document.
  const listeners = [
    ['input', onChange],
    ['change', onChange],
    ['toggle', onChange],
    ['click', onClick],
  ] as const;
  for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener, true);

  return {
    replay() {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener, true);
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
      if (pressedButton?.isConnected && !pressedButton.disabled) pressedButton.click();
    },
  };
}

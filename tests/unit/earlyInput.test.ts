// What a reader does before the app runs is played back on it: each case sets up a control,
// acts on it before "the app" (here, listeners added after recording) runs, resets it as an app's
// first render would, and checks that the replay restores the reader's choice and tells the app.
import { afterEach, describe, expect, it } from 'vitest';
import { recordEarlyInput } from '../../src/earlyInput.ts';
import { EARLY_INPUT_QUEUE, EARLY_PRESS_DROPPED_EVENT } from '../../src/lib/pageFlags.ts';

afterEach(() => document.body.replaceChildren());

function add<T extends HTMLElement>(html: string): T {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as T;
}

/** Dispatches what a browser dispatches when a reader changes a control. */
function readerChanges(element: Element, change: () => void, type: 'input' | 'change' | 'toggle') {
  change();
  element.dispatchEvent(new Event(type, { bubbles: type !== 'toggle' }));
}

describe('recordEarlyInput', () => {
  it.each([
    {
      kind: 'a range slider moved',
      html: '<input type="range" min="1991" max="2026" value="2026">',
      act: (el: HTMLInputElement) => readerChanges(el, () => (el.value = '1992'), 'input'),
      reset: (el: HTMLInputElement) => (el.value = '2026'),
      read: (el: HTMLInputElement) => el.value,
      expected: '1992',
    },
    {
      kind: 'a box ticked',
      html: '<input type="checkbox">',
      act: (el: HTMLInputElement) => readerChanges(el, () => (el.checked = true), 'change'),
      reset: (el: HTMLInputElement) => (el.checked = false),
      read: (el: HTMLInputElement) => el.checked,
      expected: true,
    },
    {
      kind: 'an option chosen',
      html: '<select><option value="2017">2017</option><option value="2018">2018</option></select>',
      act: (el: HTMLSelectElement) => readerChanges(el, () => (el.value = '2018'), 'change'),
      reset: (el: HTMLSelectElement) => (el.value = '2017'),
      read: (el: HTMLSelectElement) => el.value,
      expected: '2018',
    },
  ])('puts back $kind and announces it with input and change events', ({ html, act, reset, read, expected }) => {
    const control = add<HTMLInputElement & HTMLSelectElement>(html);
    const early = recordEarlyInput();
    act(control);
    reset(control);
    const heard: string[] = [];
    for (const type of ['input', 'change']) control.addEventListener(type, () => heard.push(`${type} ${read(control)}`));
    early.replay();
    expect(read(control)).toBe(expected);
    expect(heard).toEqual([`input ${expected}`, `change ${expected}`]);
  });

  it('takes over what the first script queued before this script ran, and stops its queue', () => {
    const slider = add<HTMLInputElement>('<input type="range" min="1991" max="2026" value="2026">');
    const queue = window as unknown as Record<string, Event[] | null>;
    queue[EARLY_INPUT_QUEUE] = [];
    slider.addEventListener('input', (event) => queue[EARLY_INPUT_QUEUE]?.push(event));
    readerChanges(slider, () => (slider.value = '1995'), 'input');
    const early = recordEarlyInput();
    expect(queue[EARLY_INPUT_QUEUE]).toBeNull();
    expect(early.reachedBefore).toBe(false);
    slider.value = '2026';
    early.replay();
    expect(slider.value).toBe('1995');
  });

  it.each([
    { queued: ['pointerover'], reached: true },
    { queued: ['click', 'keydown'], reached: true },
    { queued: ['input', 'change'], reached: false },
    { queued: [], reached: false },
  ])('knows the reader reached for the graphic before it ran: $queued → $reached', ({ queued, reached }) => {
    (window as unknown as Record<string, Event[]>)[EARLY_INPUT_QUEUE] = queued.map((type) => new Event(type));
    expect(recordEarlyInput().reachedBefore).toBe(reached);
  });

  it('opens again a disclosure the reader opened', () => {
    const details = add<HTMLDetailsElement>('<details><summary>Table</summary><p>rows</p></details>');
    const early = recordEarlyInput();
    readerChanges(details, () => (details.open = true), 'toggle');
    details.open = false;
    early.replay();
    expect(details.open).toBe(true);
  });

  it('presses the last button pressed, once', () => {
    const first = add<HTMLButtonElement>('<button type="button"><span>Previous</span></button>');
    const second = add<HTMLButtonElement>('<button type="button">Next</button>');
    const early = recordEarlyInput();
    first.querySelector('span')!.click();
    second.click();
    const pressed: string[] = [];
    for (const button of [first, second]) button.addEventListener('click', () => pressed.push(button.textContent!));
    early.replay();
    expect(pressed).toEqual(['Next']);
  });

  it.each([
    { kind: 'went away', afterwards: (button: HTMLButtonElement) => button.remove() },
    { kind: 'was disabled', afterwards: (button: HTMLButtonElement) => (button.disabled = true) },
  ])('does not press a button that $kind meanwhile', ({ afterwards }) => {
    const button = add<HTMLButtonElement>('<button type="button">Next</button>');
    const early = recordEarlyInput();
    button.click();
    afterwards(button);
    let presses = 0;
    button.addEventListener('click', () => presses++);
    early.replay();
    expect(presses).toBe(0);
  });

  it('does not press a button whose words changed once the app drew the reader’s choices, and says so', () => {
    const slider = add<HTMLInputElement>('<input type="range" min="1991" max="2026" value="2026">');
    const button = add<HTMLButtonElement>('<button type="button">‹ Previous change: 2024</button>');
    const early = recordEarlyInput();
    readerChanges(slider, () => (slider.value = '2000'), 'input');
    button.click();
    // The app: its label follows the year, drawn when the app settles.
    let drawn = '‹ Previous change: 2024';
    slider.addEventListener('input', () => (drawn = '‹ Previous change: 1999'));
    let presses = 0;
    button.addEventListener('click', () => presses++);
    const dropped: unknown[] = [];
    document.addEventListener(EARLY_PRESS_DROPPED_EVENT, (event) => dropped.push((event as CustomEvent).detail));
    early.replay(() => (button.textContent = drawn));
    expect(presses).toBe(0);
    expect(dropped).toEqual([{ pressed: '‹ Previous change: 2024', now: '‹ Previous change: 1999' }]);
  });

  it.each([
    { kind: 'presses again a link whose new tab the first script stopped', isStopped: true, expected: 1 },
    { kind: 'leaves alone a link the browser followed', isStopped: false, expected: 0 },
  ])('$kind', ({ isStopped, expected }) => {
    const link = add<HTMLAnchorElement>('<a href="https://example.org/" target="_blank"><span>Source</span></a>');
    // As the first script does in a sandboxed frame: registered before the recording starts.
    const stop = (event: Event) => event.preventDefault();
    if (isStopped) document.addEventListener('click', stop, true);
    const early = recordEarlyInput();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(isStopped);
    document.removeEventListener('click', stop, true);
    let presses = 0;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      presses++;
    });
    early.replay();
    expect(presses).toBe(expected);
  });

  it('stops recording once replayed', () => {
    const slider = add<HTMLInputElement>('<input type="range" min="0" max="10" value="5">');
    const early = recordEarlyInput();
    early.replay();
    readerChanges(slider, () => (slider.value = '2'), 'input');
    slider.value = '5';
    const heard: string[] = [];
    slider.addEventListener('input', () => heard.push(slider.value));
    early.replay();
    expect(heard).toEqual([]);
  });
});

/**
 * Keeps the host page's iframe as tall as the graphic: one measurement of the page, sent in
 * every common protocol on load, when fonts are ready and on every size change (at most once
 * a frame, never when unchanged), and in answer to pym's width notice. Nothing else a parent
 * sends is honoured.
 */
import { heightMessages, parsePymWidth, pymHeightMessage, type FrameIdentity } from './lib/embed.ts';

/** Starts talking to the parent frame, if there is one; returns a function that stops. */
export function startAutoHeight(frame: FrameIdentity): () => void {
  if (window.parent === window) return () => {};
  let lastHeight = -1;
  let scheduled = 0;

  const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const post = (messages: unknown[]) => messages.forEach((message) => window.parent.postMessage(message, '*'));

  function sendIfChanged() {
    scheduled = 0;
    const height = measure();
    if (height === lastHeight) return;
    lastHeight = height;
    post(heightMessages(height, frame));
  }
  const schedule = () => (scheduled ||= requestAnimationFrame(sendIfChanged));

  // pym's parent asks with its width (on load and when it resizes): it always gets an answer.
  function onMessage(event: MessageEvent) {
    if (event.source !== window.parent || frame.childId === null) return;
    if (parsePymWidth(event.data, frame.childId) === null) return;
    lastHeight = measure();
    post([pymHeightMessage(lastHeight, frame.childId)]);
  }

  const observer = new ResizeObserver(schedule);
  observer.observe(document.documentElement);
  window.addEventListener('message', onMessage);
  window.addEventListener('load', schedule);
  document.fonts?.ready.then(schedule, () => {});
  sendIfChanged();

  return () => {
    observer.disconnect();
    cancelAnimationFrame(scheduled);
    window.removeEventListener('message', onMessage);
    window.removeEventListener('load', schedule);
  };
}

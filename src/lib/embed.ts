/**
 * Talking to the page that embeds the graphic: the height messages of the four common
 * auto-height protocols (../shared/reference/embedding.md), the one incoming message worth
 * answering (pym's width notice), and the embed codes offered to editors. Pure functions.
 */
import type { Part, Theme, ViewParams } from './url.ts';

/** Heights outside this range are a bug, not a layout: never ask a host for them. */
const HEIGHT_RANGE = { min: 100, max: 20_000 } as const;
/** pym's width notice: anything wider than this is not a screen. */
const MAX_WIDTH = 100_000;

const PYM_SEPARATOR = 'xPYMx';

const clampHeight = (height: number) =>
  Number.isFinite(height) ? Math.min(HEIGHT_RANGE.max, Math.max(HEIGHT_RANGE.min, Math.ceil(height))) : HEIGHT_RANGE.min;

/** Who the graphic is to its host: fixed at load, never the reader's later state. */
export interface FrameIdentity {
  /** pym's child id, when a pym parent embedded the graphic. */
  childId: string | null;
  /** Datawrapper's key for this graphic. */
  datawrapperKey: string;
  /** The address the host gave the frame (Medium and Embedly find the frame by it). */
  src: string;
}

/** Every message a host may listen for, all carrying the same height and nothing else. */
export function heightMessages(height: number, frame: FrameIdentity): unknown[] {
  const px = clampHeight(height);
  const messages: unknown[] = [
    { 'datawrapper-height': { [frame.datawrapperKey]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
    JSON.stringify({ src: frame.src, context: 'iframe.resize', height: px }),
  ];
  if (frame.childId !== null) messages.unshift(pymHeightMessage(px, frame.childId));
  return messages;
}

/** pym's height message, which is also the answer to its width notice. */
export function pymHeightMessage(height: number, childId: string): string {
  const px = clampHeight(height);
  return ['pym', childId, 'height', String(px)].join(PYM_SEPARATOR);
}

// What pym's parent puts in the query string: a short id of letters, digits, - and _.
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** pym's child id from the graphic's query string, when a pym parent embedded it. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && CHILD_ID.test(id) ? id : null;
}

/**
 * The width from pym's `pymxPYMx{id}xPYMxwidthxPYMx{n}` for our child id, or null for any other
 * message (other ids, other types such as navigateTo or scrollToChildPos, non-strings, junk).
 */
export function parsePymWidth(data: unknown, childId: string | null): number | null {
  if (childId === null || typeof data !== 'string' || data.length > 200) return null;
  const parts = data.split(PYM_SEPARATOR);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
  if (!/^\d{1,6}$/.test(parts[3])) return null;
  const width = Number(parts[3]);
  return width > 0 && width <= MAX_WIDTH ? width : null;
}

/** The Datawrapper key: the folder the graphic is served from, which its older snippet finds in the iframe's src. */
export function datawrapperKeyOf(pathname: string): string {
  const folders = pathname.split('/').slice(0, -1).filter(Boolean);
  return folders.at(-1) ?? 'cis-csto';
}

/** What the embed codes are made of. */
export interface EmbedOptions {
  /** The graphic's address for the view to embed, with `embed=1`. */
  src: string;
  /** The same view as a full page, for readers without JavaScript. */
  fullSrc: string;
  /** The frame's accessible name, and the fallback link's text. */
  title: string;
  /** A starting height before the first message arrives. */
  height: number;
  /** Where pym.js is served from: the graphic ships its own copy. */
  pymScript: string;
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
// A value written into a script: JSON, with "<" escaped so that "</script>" cannot end it.
const scriptValue = (value: string) => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * A plain iframe with a title, and a short listener for the Datawrapper-format height message
 * that trusts only this frame, only the graphic's origin (or "null" from a sandbox), and only
 * a height in a sane range.
 */
export function iframeSnippet({ src, title, height }: EmbedOptions): string {
  const origin = new URL(src).origin;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="width: 100%; border: 0;" height="${height}" loading="lazy" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>
<script>
  (function () {
    var frame = document.currentScript.previousElementSibling;
    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow) return;
      if (event.origin !== ${scriptValue(origin)} && event.origin !== 'null') return;
      var heights = event.data && event.data['datawrapper-height'];
      if (!heights || typeof heights !== 'object') return;
      for (var key in heights) {
        var height = Number(heights[key]);
        if (height >= ${HEIGHT_RANGE.min} && height <= ${HEIGHT_RANGE.max}) frame.style.height = Math.ceil(height) + 'px';
      }
    });
  })();
</script>`;
}

/** A pym.js container that passes nothing of the article to the graphic, with a link for readers without JavaScript. */
export function pymSnippet({ src, fullSrc, title, pymScript }: EmbedOptions): string {
  return `<div data-pym-src="${escapeAttribute(src)}" data-pym-title="${escapeAttribute(title)}" data-pym-allowfullscreen data-pym-optionalparams="false">
  <a href="${escapeAttribute(fullSrc)}">${escapeAttribute(title)}</a>
</div>
<script src="${escapeAttribute(pymScript)}"></script>`;
}

/** What an editor chooses in the embed kit. */
export interface EmbedChoice {
  /** One part alone, or null for the whole graphic with its tabs. */
  part: Part | null;
  /** The view on screen now (year, comparison, selection, story step), or always the latest year. */
  view: 'on-screen' | 'latest';
  /** The host's theme, or null to follow the reader's setting. */
  theme: Theme | null;
}

/** The view an embed code shows: the one on screen or the default (latest) one, embedded as chosen. */
export function embeddedView(onScreen: ViewParams, latest: ViewParams, choice: EmbedChoice): ViewParams {
  const base = choice.view === 'latest' ? latest : onScreen;
  return { ...base, embed: true, presenting: false, part: choice.part, theme: choice.theme };
}

/** A starting height close to each embed's own at an article column's width, before it reports its own. */
export const STARTING_HEIGHTS: Readonly<Record<Part | 'whole', number>> = {
  whole: 1050,
  map: 950,
  diagram: 700,
  meetings: 700,
  table: 950,
};

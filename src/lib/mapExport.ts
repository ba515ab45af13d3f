/**
 * The overview map as a picture to take away, made from the map on screen: its outlines (drawn
 * with <use> from definitions elsewhere in the page), its CSS colours, its patterns and its
 * HTML names copied into one self-contained SVG with title, key and source line, and that SVG
 * drawn to a PNG. Needs a browser and the map in the page; knows nothing about Svelte.
 */
import { mapImageCaption, standaloneSvg, SVG_FONT_STACK, type MeasureText } from './downloads.ts';

/** A standalone SVG document, its title and its size in CSS px. */
export interface MapImage {
  svg: string;
  title: string;
  width: number;
  height: number;
}

export interface MapImageOptions {
  /** The year the map shows. */
  year: number;
  /** The address of the view, printed under the map. */
  url: string;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** What the page's CSS sets on the map's marks: copied as attributes, as the file has no stylesheet. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
] as const;

/** Attributes that serve the page (styling hooks, focus, screen readers, the outline reference), not the picture. */
const isPageOnly = (name: string) =>
  ['class', 'style', 'role', 'tabindex', 'href', 'xlink:href', 'focusable'].includes(name) || name.startsWith('aria-');

/** The names' size in the image: the key's, whatever the size of the map on screen. */
const NAME_SIZE_PX = 13;
/** Width of the halo that keeps a name legible on every fill, as the page's text shadow does. */
const NAME_HALO_PX = 3;

/** `url("https://…/page#csto-member")` or `url("#csto-member")` as a reference inside the file. */
function localReference(value: string): string {
  return value.replace(/url\(\s*"?[^"#)]*#([^")]+)"?\s*\)/g, 'url(#$1)');
}

/**
 * A copy of one mark of the live map that needs nothing from the page: a <use> becomes a copy of
 * the outline it draws, carrying the use's own attributes (data-iso, data-cis, data-csto …), and
 * every element carries its computed colours and strokes.
 */
function standaloneCopy(live: Element): Element {
  let copy: Element;
  if (live instanceof SVGUseElement) {
    const outline = live.ownerDocument.getElementById(live.href.baseVal.replace(/^#/, ''));
    if (!outline) throw new Error(`The map draws ${live.href.baseVal}, which is not in the page`);
    copy = outline.cloneNode(true) as Element;
    copy.removeAttribute('id');
    // The file is drawn at its own size: its strokes scale with it, as in any picture.
    copy.removeAttribute('vector-effect');
  } else {
    copy = live.ownerDocument.createElementNS(SVG_NAMESPACE, live.localName);
    for (const child of live.children) copy.append(standaloneCopy(child));
  }
  for (const attribute of live.attributes) if (!isPageOnly(attribute.name)) copy.setAttribute(attribute.name, attribute.value);
  const style = getComputedStyle(live);
  for (const property of STYLE_PROPERTIES) copy.setAttribute(property, localReference(style.getPropertyValue(property)));
  return copy;
}

/** A coordinate to a tenth of a pixel, finer than any screen shows. */
const tenths = (value: number) => Math.round(value * 10) / 10;

/** The first colour of a computed text shadow, "rgb(255, 255, 255) 0px 0px 2px, …". */
function shadowColour(textShadow: string): string | null {
  return /^(rgba?\([^)]*\)|#[0-9a-f]+)/i.exec(textShadow)?.[1] ?? null;
}

/**
 * The republics' names, which the page draws in HTML over the map at a share of its width and
 * height, as SVG text at the same places. Every name is shown, including those a phone hides.
 */
function nameLabels(map: Element, width: number, height: number): Element[] {
  return [...map.querySelectorAll<HTMLElement>('[data-label-iso]')].map((label) => {
    const style = getComputedStyle(label);
    const text = map.ownerDocument.createElementNS(SVG_NAMESPACE, 'text');
    const attributes: Record<string, string | number> = {
      x: tenths((parseFloat(label.style.left) / 100) * width),
      y: tenths((parseFloat(label.style.top) / 100) * height),
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      'font-size': NAME_SIZE_PX,
      'font-weight': style.fontWeight,
      fill: style.color,
      stroke: shadowColour(style.textShadow) ?? 'none',
      'stroke-width': NAME_HALO_PX,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    };
    for (const [name, value] of Object.entries(attributes)) text.setAttribute(name, String(value));
    text.textContent = label.textContent?.trim() ?? '';
    return text;
  });
}

/** Every id that a `url(#…)` in the markup refers to. */
function referencedIds(markup: string): string[] {
  return [...markup.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
}

/**
 * The live overview map as a standalone SVG document, in the light theme whatever the page's
 * (the document's background and text are light-theme colours), with the title, key, source
 * line and address of the view around it.
 */
export function standaloneMapSvg(map: SVGSVGElement, options: MapImageOptions): MapImage {
  const page = map.ownerDocument;
  const { width, height } = map.viewBox.baseVal;
  const container = map.parentElement ?? map;
  const serialiser = new XMLSerializer();
  // The page's colours are light-dark() pairs that follow data-theme on the root (global.css):
  // read them as the light theme has them, then give the page its theme back before it is drawn.
  const root = page.documentElement;
  const pageTheme = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    const drawing = page.createElementNS(SVG_NAMESPACE, 'g');
    for (const child of map.children) drawing.append(standaloneCopy(child));
    drawing.append(...nameLabels(container, width, height));
    // The neighbours' grey, for the key: the shape MembershipMap draws them with.
    const context = map.querySelector('.context');
    const caption = mapImageCaption(options.year, context ? getComputedStyle(context).fill : 'none');
    const drawingMarkup = serialiser.serializeToString(drawing);
    const ids = new Set([...referencedIds(drawingMarkup), ...caption.legend.flatMap((item) => item.pattern ?? [])]);
    const definitions = [...ids].map((id) => {
      const definition = page.getElementById(id);
      if (!definition) throw new Error(`The map refers to #${id}, which is not in the page`);
      return serialiser.serializeToString(standaloneCopy(definition));
    });
    const svg = standaloneSvg({
      ...caption,
      mapMarkup: `<defs>${definitions.join('')}</defs>${drawingMarkup}`,
      width,
      height,
      url: options.url,
      measure: canvasMeasure(),
    });
    const size = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    return { svg, title: caption.title, width: Number(size.getAttribute('width')), height: Number(size.getAttribute('height')) };
  } finally {
    if (pageTheme === undefined) delete root.dataset.theme;
    else root.dataset.theme = pageTheme;
  }
}

/** Text widths in the image's font, measured by this browser's canvas, as the image's lines are drawn. */
function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d')!;
  return (text, sizePx, isBold) => {
    context.font = `${isBold ? '700 ' : ''}${sizePx}px ${SVG_FONT_STACK}`;
    return context.measureText(text).width;
  };
}

/** The SVG drawn on a canvas `scale` times its size (2 by default, sharp on high-density screens), as a PNG. */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: address, as the graphic's Content-Security-Policy allows images from no blob:.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
  );
}

/** A file as a data: address, for an <img> the reader can save where downloads are refused. */
export function imageDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * The map's names as src/lib/labelPlacement.ts needs them: each name's box measured in the page,
 * its anchor as a share of the frame. Used by the map and, on the prerendered page, by the
 * first-load script, so that the app finds the names where it would put them itself.
 */
import { placeLabels, type PlacedLabel } from './lib/labelPlacement.ts';

/** A name's place in its frame, as a share of the frame's width and height (0–1). */
export interface LabelAnchor {
  iso: string;
  x: number;
  y: number;
}

/** An attendance marker's height and its lift above a name's centre (see .marker in MembershipMap). */
const MARKER_HEIGHT_PX = 14;
const MARKER_LIFT_REM = 0.7;

export interface NamePlacement {
  width: number;
  height: number;
  labels: ReadonlyMap<string, PlacedLabel>;
}

/** Places the names shown in `container` (`[data-label-iso]`); those `marked` keep their marker's room. */
export function placeNamesIn(
  container: HTMLElement,
  anchors: readonly LabelAnchor[],
  marked: ReadonlySet<string>,
): NamePlacement {
  const { clientWidth: width, clientHeight: height } = container;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const toPlace = anchors.flatMap((anchor) => {
    const element = container.querySelector<HTMLElement>(`[data-label-iso="${anchor.iso}"]`);
    // A name hidden for lack of room takes none.
    if (!element || element.offsetWidth === 0) return [];
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const above = marked.has(anchor.iso) ? Math.max(0, MARKER_LIFT_REM * rem + MARKER_HEIGHT_PX - size.height / 2) : 0;
    return [{ id: anchor.iso, anchor: { x: anchor.x * width, y: anchor.y * height }, ...size, above }];
  });
  return { width, height, labels: new Map(placeLabels(toPlace, { width, height }).map((placed) => [placed.id, placed])) };
}

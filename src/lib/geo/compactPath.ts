/**
 * A d3-geo path context that writes short SVG path data: coordinates on a grid of `step` units,
 * relative after the first point, no point repeated and no separator SVG can do without. Map
 * outlines are most of the page's bytes, and at a tenth of a unit nobody sees the rounding.
 */
export interface CompactPath {
  /** Part of d3-geo's context interface; a path needs nothing done at its start. */
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  /** d3-geo draws point features as circles; the maps have none. */
  arc(): void;
  /** The path data written so far, and a fresh start for the next feature. */
  result(): string;
}

export function compactPath(step: number): CompactPath {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  let data = '';
  let lastNumber = '';
  // The pen in grid units: relative moves between rounded points never accumulate error.
  let pen = [0, 0];
  let ringStart = [0, 0];

  const toGrid = (x: number, y: number) => [Math.round(x / step), Math.round(y / step)];
  // "1.0" → "1", "0.5" → ".5" and "-0.5" → "-.5": the shortest forms SVG reads.
  const format = (units: number) =>
    (units * step)
      .toFixed(decimals)
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, '')
      .replace(/^(-?)0\./, '$1.')
      .replace(/^-0$/, '0');

  function write(units: number) {
    const text = format(units);
    // A minus sign separates by itself, and so does a dot after a number that already has one.
    const isSeparated = text.startsWith('-') || (text.startsWith('.') && lastNumber.includes('.'));
    const isFirstAfterCommand = /[a-z]$/.test(data);
    data += isSeparated || isFirstAfterCommand ? text : ` ${text}`;
    lastNumber = text;
  }

  function writePair(to: number[], command?: 'm' | 'l') {
    if (command) data += command;
    write(to[0] - pen[0]);
    write(to[1] - pen[1]);
    pen = to;
  }

  return {
    beginPath() {},
    // The first "m" of a path is absolute, from the origin, so relative is right here too.
    moveTo(x, y) {
      ringStart = toGrid(x, y);
      writePair(ringStart, 'm');
    },
    lineTo(x, y) {
      const point = toGrid(x, y);
      if (point[0] === pen[0] && point[1] === pen[1]) return;
      // After "m" and "l" further pairs are implicitly lines: no letter needed.
      writePair(point);
    },
    closePath() {
      data += 'z';
      // Closing a subpath puts the pen back at its start.
      pen = ringStart;
    },
    arc() {},
    result() {
      const written = data;
      data = '';
      lastNumber = '';
      pen = [0, 0];
      return written;
    },
  };
}

// Colour science for the palette tests: WCAG 2 contrast, colour-vision deficiency simulation
// (Machado, Oliveira & Fernandes 2009, severity 1, in linear RGB) and CIE76 colour difference
// (ΔE*ab in CIELAB, D65).

type Rgb = [number, number, number];

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** A `#rrggbb` colour in linear RGB, 0–1. */
export function linearRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as Rgb;
}

const luminanceOf = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminanceOf(linearRgb(a)), luminanceOf(linearRgb(b))].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const MACHADO: Record<'protanopia' | 'deuteranopia' | 'tritanopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export type Vision = keyof typeof MACHADO | 'greyscale';
export const VISIONS: readonly Vision[] = ['protanopia', 'deuteranopia', 'tritanopia', 'greyscale'];

/** How a colour appears with a vision deficiency, or in greyscale (its luminance), in linear RGB. */
export function simulate(hex: string, vision: Vision): Rgb {
  const rgb = linearRgb(hex);
  if (vision === 'greyscale') {
    const y = luminanceOf(rgb);
    return [y, y, y];
  }
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return MACHADO[vision].map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab of two linear-RGB colours. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [la, lb] = [lab(a), lab(b)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

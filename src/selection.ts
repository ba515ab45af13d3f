/**
 * The reader's pointing and choosing, shared by every view of the republics (the two maps, the
 * diagram, the table) through one typed context, rather than the same five props to each.
 */
import { createContext } from 'svelte';
import type { RepublicIso } from './lib/vocabulary.ts';

export interface Selection {
  /** The republic under the pointer or the focus, highlighted in every view. */
  readonly hovered: RepublicIso | null;
  readonly selected: RepublicIso | null;
  /** Republics a story step points at, outlined in every view. */
  readonly highlighted: readonly RepublicIso[];
  /** The pointer or focus entered (iso) or left (null) a republic. */
  hover(iso: RepublicIso | null): void;
  /** A republic was chosen (iso), or let go (null). */
  select(iso: RepublicIso | null): void;
}

export const [getSelection, setSelection] = createContext<Selection>();

/**
 * Notes cite sources inline by key ("no CSTO funding in 2024 (AA24)"); these helpers split a
 * note into plain text and the keys the source catalogue knows, so that each can be a link.
 */
import type { SourceCatalogue } from './membership.ts';

export type NotePart = { kind: 'text'; text: string } | { kind: 'source'; key: string };

// Keys are capitals, digits and hyphens (K, MED, RIA25, LOC-AZ); only catalogue keys count.
const KEY_CANDIDATE = /\b[A-Z][A-Z0-9-]*\b/g;

export function noteParts(note: string, catalogue: SourceCatalogue): NotePart[] {
  const parts: NotePart[] = [];
  let textStart = 0;
  for (const match of note.matchAll(KEY_CANDIDATE)) {
    if (!Object.hasOwn(catalogue, match[0])) continue;
    if (match.index > textStart) parts.push({ kind: 'text', text: note.slice(textStart, match.index) });
    parts.push({ kind: 'source', key: match[0] });
    textStart = match.index + match[0].length;
  }
  if (textStart < note.length) parts.push({ kind: 'text', text: note.slice(textStart) });
  return parts;
}

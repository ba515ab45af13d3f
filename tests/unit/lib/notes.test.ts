import { describe, expect, it } from 'vitest';
import { noteParts } from '../../../src/lib/notes.ts';

const CATALOGUE = {
  MED: { title: 'Media report', url: 'https://example.org/med' },
  AA24: { title: 'Agency report', url: 'https://example.org/aa' },
  K: { title: 'Kremlin', url: 'https://example.org/k' },
  'LOC-AZ': { title: 'Library of Congress', url: 'https://example.org/loc' },
  RIA25: { title: 'RIA', url: 'https://example.org/ria' },
};

describe('noteParts', () => {
  it.each([
    ['No sources here', [{ kind: 'text', text: 'No sources here' }]],
    ['', []],
    [
      'no CSTO funding in 2024 (AA24); 2024-06-12',
      [
        { kind: 'text', text: 'no CSTO funding in 2024 (' },
        { kind: 'source', key: 'AA24' },
        { kind: 'text', text: '); 2024-06-12' },
      ],
    ],
    [
      'RIA25 says "September 1993"',
      [
        { kind: 'source', key: 'RIA25' },
        { kind: 'text', text: ' says "September 1993"' },
      ],
    ],
    [
      '(K)',
      [
        { kind: 'text', text: '(' },
        { kind: 'source', key: 'K' },
        { kind: 'text', text: ')' },
      ],
    ],
    [
      'see LOC-AZ',
      [
        { kind: 'text', text: 'see ' },
        { kind: 'source', key: 'LOC-AZ' },
      ],
    ],
    // Capitals that are not keys stay text: the CIS, the UN GA, a sentence's first letter.
    ['The CIS and the UN GA (AZT)', [{ kind: 'text', text: 'The CIS and the UN GA (AZT)' }]],
    [
      'MEDIA is not MED',
      [
        { kind: 'text', text: 'MEDIA is not ' },
        { kind: 'source', key: 'MED' },
      ],
    ],
    ['toString and constructor', [{ kind: 'text', text: 'toString and constructor' }]],
  ])('%j', (note, parts) => {
    expect(noteParts(note, CATALOGUE)).toEqual(parts);
  });
});

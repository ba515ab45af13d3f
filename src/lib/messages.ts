/**
 * Every word the reader sees, in one catalogue, so that another language is one more object of
 * the same shape. Components never hold user-facing text of their own.
 */
import type { CisFill, CstoMark } from './encoding.ts';
import type { CisStatus, CstoStatus, RepublicIso } from './vocabulary.ts';

const en = {
  locale: 'en-GB',
  headline: 'Is Russia trying to blur the line between the CIS and the CSTO?',
  intro: {
    before: 'In November 2018 the heads of the Security Councils of the CIS member states met in Moscow, and the acting Secretary General of the CSTO, the military alliance Russia leads, sat at the table; a year earlier the CSTO had been absent. ',
    storyLink: 'A commonspace.eu story',
    after: ' asked whether Russia is blurring the line between the two organisations. The map shows who belonged to which, year by year: every CSTO member is also in the CIS, but not every CIS state is in the CSTO, and some of the 15 former Soviet republics are in neither.',
  },
  asOf: 'Data as of March 2026',
  sourceLine: {
    label: 'Sources:',
    text: 'Kremlin, CIS and CSTO documents, news agencies and reference works, listed in full below.',
    credit: 'Story: commonspace.eu.',
  },
  republicNames: {
    ARM: 'Armenia',
    AZE: 'Azerbaijan',
    BLR: 'Belarus',
    EST: 'Estonia',
    GEO: 'Georgia',
    KAZ: 'Kazakhstan',
    KGZ: 'Kyrgyzstan',
    LVA: 'Latvia',
    LTU: 'Lithuania',
    MDA: 'Moldova',
    RUS: 'Russia',
    TJK: 'Tajikistan',
    TKM: 'Turkmenistan',
    UKR: 'Ukraine',
    UZB: 'Uzbekistan',
  } satisfies Record<RepublicIso, string>,
  blocNames: {
    cis: 'CIS',
    cst: 'Collective Security Treaty',
    csto: 'CSTO',
  },
  cisStatus: {
    signatory: 'signed the founding documents, not yet ratified',
    member: 'member state',
    participant: 'participating state (never ratified the Charter)',
    associate: 'associate member',
    withdrawing: 'withdrawing (exit under way)',
    ended: 'ended participation in CIS bodies, without formal withdrawal',
    withdrawn: 'withdrawn',
    none: 'never took part',
  } satisfies Record<CisStatus, string>,
  cstoStatus: {
    member: 'member',
    frozen: 'member, participation frozen',
    suspended: 'membership suspended',
    withdrawn: 'withdrawn',
    none: 'never a party',
  } satisfies Record<CstoStatus, string>,
  legend: {
    title: 'Key',
    cisHeading: 'CIS (fill)',
    cisFills: {
      member: 'Member state',
      partial: 'In the CIS without full membership: participant, associate or withdrawing',
      signatory: 'Signed in 1991, not yet ratified',
      outside: 'Not in the CIS: never joined, withdrawn or ended participation',
    } satisfies Record<CisFill, string>,
    securityHeading: (blocName: string) => `${blocName} (pattern)`,
    cstoMarks: {
      member: 'Member (solid stripes)',
      frozen: 'Member, participation frozen (broken stripes)',
      suspended: 'Membership suspended (dots)',
      none: 'Not a member (no pattern)',
    } satisfies Record<CstoMark, string>,
    context: 'Other countries',
  },
  map: {
    overviewLabel: (year: number) => `Map of the 15 former Soviet republics, ${year}`,
    detailLabel: (year: number) => `Detail map of Europe and the Caucasus, ${year}`,
    detailTitle: 'Europe and the Caucasus',
    detailHint: 'Small republics, enlarged',
    crimeaNote: 'Crimea, annexed by Russia in 2014, is shown as part of Ukraine',
    crimeaSource: 'UN General Assembly resolution 68/262',
    keyboardHint: 'Use the arrow keys to move between republics.',
  },
  tooltip: {
    since: (date: string) => `since ${date}`,
    throughout: 'throughout',
    sources: 'Sources:',
  },
  year: {
    label: 'Year',
    valueText: (year: number, inCis: number, inCsto: number, securityBloc: string) =>
      `${year}: ${inCis} in the CIS, ${inCsto} in the ${securityBloc}`,
  },
  summary: (date: string, inCis: number, inCsto: number, inNeither: number, securityBloc: string, signatories: number) =>
    `${date}: ${inCis} of the 15 republics in the CIS, ${inCsto} in the ${securityBloc}, ${inNeither} in neither.` +
    (signatories > 0 ? ` ${signatories} had signed the CIS founding documents but not yet ratified them.` : ''),
  notices: {
    title: 'Note',
    invalidYear: (value: string, first: number, last: number, shown: number) =>
      `The address asked for the year “${value}”, which is not a year from ${first} to ${last}: showing ${shown}.`,
    unknownParameter: (name: string) => `The address parameter “${name}” is not one this graphic knows; it was ignored.`,
  },
  sources: {
    heading: 'Sources',
    intro: 'Every status and date on the map comes from these sources; where they disagree, the note on the period says so.',
  },
  formatDate(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
  },
};

export type Messages = typeof en;

/** The catalogue in use. */
export const messages: Messages = en;

/**
 * Every word the reader sees in English. The catalogue's shape is the `Messages` type that every
 * language satisfies; components never hold user-facing text of their own.
 */
import type { PartialTie } from '../encoding.ts';
import type { EulerRegion } from '../euler.ts';
import type { Attendance, AttendanceShown, AttendeeId, AttendeeRecord, Organisation } from '../meetings.ts';
import type { IsoDate, YearDate } from '../membership.ts';
import type { PresentAction, PresentKey } from '../presentKeys.ts';
import type { Part, Theme } from '../url.ts';
import { isRepublicIso, type CisStatus, type CstoStatus, type RepublicIso } from '../vocabulary.ts';
import type { Language } from '../languages.ts';
import type { ChangePhrase, CstoAtTableText } from '../messages.ts';

const REPUBLIC_NAMES = {
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
} satisfies Record<RepublicIso, string>;

const ORGANISATION_NAMES = {
  'CIS-EC': 'CIS Executive Committee',
  CSTO: 'CSTO',
} satisfies Record<Organisation, string>;

const its = (count: number) => (count === 1 ? 'its' : 'their');

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ORDINAL_RULES = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ordinal = (n: number) => `${n}${ORDINAL_SUFFIXES[ORDINAL_RULES.select(n)]}`;

/** Newsroom style: one to nine in words, larger numbers in figures. */
const numberWord = (n: number) => ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n] ?? String(n);

const ATTENDANCE_WORDS = {
  listed: 'Attended',
  absent: 'Absent',
  unknown: 'Not recorded',
  'not-cis': 'Not a CIS state',
} satisfies Record<AttendanceShown, string>;

/** "Meeting of 2025: Attended (listed only by …)": a record as the map shows it, never without its note. */
function attendanceAtMeeting(year: number, record: Pick<AttendeeRecord, 'attendance' | 'note'>): string {
  return `Meeting of ${year}: ${ATTENDANCE_WORDS[record.attendance]}${record.note ? ` (${record.note})` : ''}`;
}

/** The catalogue this language's pages are built with (see `#catalogue` in package.json). */
export const catalogue = {
  /** The page's `<html lang>`, and the language of its data's texts. */
  language: 'en' as Language,
  locale: 'en-GB',
  /** Between a title and its hint on one line, and after a label that runs into its text. */
  punctuation: { beforeHint: ' · ', afterLabel: ': ', betweenItems: '; ', endOfNote: '.' },
  headline: 'Is Russia trying to blur the line between the CIS and the CSTO?',
  /** The page's `<title>` and description, for search results and shared links. */
  page: {
    title: 'Is Russia trying to blur the line between the CIS and the CSTO? – interactive map',
    description: 'The 15 former Soviet republics in the CIS and the CSTO, year by year since 1991, with sources.',
  },
  /** Before the links to this graphic in other languages, each named in its own language. */
  otherLanguages: 'This graphic in:',
  intro: {
    before: (p: CstoAtTableText) =>
      `In ${formatPartialDate(p.firstDate)} the heads of the Security Councils of the CIS member states met in ${p.place}, and ` +
      `${p.role ? `the ${p.role} of ` : ''}the CSTO, the military alliance Russia leads, sat at the table` +
      (p.absentYear === null
        ? '. '
        : `; ${p.absentYear === p.firstYear - 1 ? 'a year earlier' : `in ${p.absentYear}`} the CSTO had been absent. `) +
      (p.laterYears.length === 0
        ? 'Our sources do not place it at the table again. '
        : `Our sources place it at the table again in ${LIST_FORMAT.format(p.laterYears.map(String))}: ` +
          `${numberWord(p.laterYears.length + 1)} of the ${numberWord(p.meetingsSince)} meetings from ${p.firstYear} to ${p.laterYears.at(-1)}, ` +
          (p.absentSince === 0 ? 'and none of them records it absent. ' : `and ${numberWord(p.absentSince)} record it absent. `)),
    storyLink: 'A commonspace.eu story',
    after:
      ' asked whether Russia is blurring the line between the two organisations. The map shows who belonged to which, year by year: every CSTO member is also in the CIS, but not every CIS state is in the CSTO, and some of the 15 former Soviet republics are in neither.',
  },
  /** "Data as of March 2026 · updated 1 December 2026": both dates from the data. */
  asOf: (asOf: IsoDate, updated: IsoDate) =>
    `Data as of ${formatIsoDate(asOf, MONTH_YEAR_FORMAT)} · updated ${formatIsoDate(updated, DATE_FORMAT)}`,
  /** "At the end of 2018", or in the data's last year "On 31 March 2026": never the end of a year the data has not reached. */
  atYearDate,
  /** Shown where JavaScript does not run: the prerendered page is the latest year only, in words (the outlines are fetched by script). */
  noScript:
    'This page shows the latest year in words. The map itself, moving through the years, selecting a republic and the other controls need JavaScript, which is off or blocked in this browser.',
  /** At the foot of the printed page: where the reader finds this exact view, notes and sources. */
  printAddress: 'This view, with every note and source:',
  /** After the headline on paper, where the slider cannot say which year is shown. */
  printYear: (d: YearDate) => ` — ${d.isAsOf ? formatIsoDate(d.date, DATE_FORMAT) : d.year}`,
  sourceLine: {
    label: 'Sources:',
    text: 'Kremlin, CIS and CSTO documents, news agencies and reference works, listed in full below.',
    /** In an embed the list is one click away, folded beside the line. */
    textInEmbed: 'Kremlin, CIS and CSTO documents, news agencies and reference works.',
    /** On paper the list is not below but behind the printed address. */
    textOnPaper: 'Kremlin, CIS and CSTO documents, news agencies and reference works, listed in full at the address above.',
    credit: 'Story: commonspace.eu.',
    /** The data's dates closing the line, as a sentence. */
    dated: (asOfLine: string) => `${asOfLine}.`,
  },
  republicNames: REPUBLIC_NAMES,
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
    groupsHeading: 'Where each republic stands (colour)',
    /** The groups in the fewer words of an embed's key. */
    groupsShort: {
      both: (blocName: string) => `CIS and ${blocName}`,
      'cis-only': () => 'CIS only',
      'csto-only': (blocName: string) => `${blocName} only`,
      neither: () => 'Neither',
    } satisfies Record<EulerRegion, (blocName: string) => string>,
    partialHeading: 'Partial ties (pattern)',
    partialTies: (blocName: string) =>
      ({
        cis: 'CIS: signatory, participant, associate or leaving (dots)',
        csto: `${blocName}: membership frozen or suspended (stripes)`,
      }) satisfies Record<PartialTie, string>,
    /** The same, in the fewer words of an embed's key. */
    partialTiesShort: (blocName: string) =>
      ({ cis: 'CIS: partial (dots)', csto: `${blocName}: frozen or suspended (stripes)` }) satisfies Record<PartialTie, string>,
    context: 'Other countries',
  },
  map: {
    overviewLabel: (year: number) => `Map of the 15 former Soviet republics, ${year}`,
    detailLabel: (year: number) => `Detail map of Europe and the Caucasus, ${year}`,
    detailTitle: 'Europe and the Caucasus',
    detailHint: 'Small republics, enlarged',
    /** The folded detail map's line in a narrow embed. */
    detailFolded: 'Europe and the Caucasus, enlarged',
    /** Around the link to its source. */
    crimeaNote: { before: 'Crimea, annexed by Russia in 2014, is shown as part of Ukraine (', after: ').' },
    crimeaSource: 'UN General Assembly resolution 68/262',
    keyboardHint: 'Use the arrow keys to move between republics.',
    /** A republic's name on the map, for screen readers: both statuses, and its attendance while marked. */
    republicLabel: (p: {
      name: string;
      cis: string;
      securityBlocName: string;
      csto: string;
      attendance: { year: number; record: AttendeeRecord } | null;
    }) =>
      `${p.name}: CIS ${p.cis}; ${p.securityBlocName} ${p.csto}` +
      (p.attendance ? `; ${attendanceAtMeeting(p.attendance.year, p.attendance.record)}` : ''),
  },
  tooltip: {
    since: (date: string) => `since ${date}`,
    throughout: 'throughout',
    sources: 'Sources:',
    attendance: attendanceAtMeeting,
  },
  year: {
    controlsLabel: 'Year and what changed',
    label: 'Year',
    previousChange: 'Previous change',
    nextChange: 'Next change',
    play: 'Play',
    pause: 'Pause',
    valueText: (d: YearDate, inCis: number, inCsto: number, securityBloc: string) =>
      `${d.isAsOf ? `${d.year}, as of ${formatIsoDate(d.date, DAY_MONTH_FORMAT)}` : d.year}: ${inCis} in the CIS, ${inCsto} in the ${securityBloc}`,
  },
  table: {
    summary: 'Table: every republic in the year in view',
    caption: (date: string) => `Status of the 15 former Soviet republics on ${date}`,
    republic: 'Republic',
    sources: 'Sources',
  },
  meetings: {
    heading: 'Who sat at the table',
    /** The folded list's line in an embed. */
    attendeesFolded: 'Every attendee, with sources',
    intro:
      'Every year since 2013 the heads of the Security Councils of the CIS states have met, hosted by the Secretary of Russia’s Security Council. Who do our sources record as present, and as absent?',
    title: (number: number, date: string) => `${ordinal(number)} meeting · ${date}`,
    place: 'Place',
    host: 'Host',
    topic: 'Topic',
    unknownValue: 'not in our sources',
    /** The first meeting's date as precise as known (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), as in the data. */
    noMeetingBefore: (year: number, firstDate: string) =>
      `No meeting in ${year}: the first meeting of the series was held in ${formatPartialDate(firstDate)}.`,
    /**
     * A year without a described meeting whose panel shows the latest before it: the year's own
     * meeting no source describes (`ownNumber`), or none in the data, which runs to `asOf`.
     */
    standIn: (p: { year: number; ownNumber: number | null; asOf: string; number: number; date: string }) =>
      p.ownNumber === null
        ? `No meeting of ${p.year} in our data, which runs to ${p.asOf}. The latest: ${ordinal(p.number)} meeting, ${p.date}.`
        : `No record found: the numbering implies a ${ordinal(p.ownNumber)} meeting in ${p.year}, but no source we have describes it. The latest before it: ${ordinal(p.number)} meeting, ${p.date}.`,
    organisations: ORGANISATION_NAMES,
    organisationsInText: {
      'CIS-EC': 'the CIS Executive Committee',
      CSTO: 'the CSTO',
    } satisfies Record<Organisation, string>,
    republicsHeading: 'Republics',
    organisationsHeading: 'Organisations',
    attendance: ATTENDANCE_WORDS,
    attendanceKey: {
      listed: 'a source names it as present',
      absent: 'a source says it was not present',
      unknown: 'no source we have says either way',
    } satisfies Record<Attendance, string>,
    counts: (listed: number, absent: number, unknown: number, notCis: number) =>
      `${listed} listed as present, ${absent} recorded absent, ${unknown} not recorded` +
      (notCis > 0 ? `; ${notCis} not CIS states` : ''),
    /**
     * "Valery Semerikov, acting Secretary General": who represented an attendee. A delegation
     * a source lists without a name says so; a record of no attendance names nobody.
     */
    person: ({ person, role, attendance }: Pick<AttendeeRecord, 'person' | 'role' | 'attendance'>) => {
      if (person) return [person, role].filter(Boolean).join(', ');
      if (attendance !== 'listed') return role ?? '';
      return role ? `${role} (not named in our sources)` : 'representative (not named in our sources)';
    },
    /** "the CSTO (acting Secretary General Valery Semerikov)": a listed attendee in a sentence. */
    inText: (name: string, person: string | null, role: string | null) => {
      if (!person) return `${name} (${role ?? 'representative'}, not named in our sources)`;
      return `${name} (${[role, person].filter(Boolean).join(' ')})`;
    },
    compare: {
      label: 'Compare with',
      none: 'no other year',
      heading: (year: number, other: number) => `${year} compared with ${other}`,
      new: (year: number, items: string) => `New in ${year}: ${items}.`,
      gone: (year: number, other: number, items: string) => `Absent in ${year}, present in ${other}: ${items}.`,
      listedNowUnknownThen: (year: number, other: number, items: string, count: number) =>
        `Listed in ${year} but not recorded for ${other}: ${items}. Our sources do not say whether ${count === 1 ? 'it' : 'they'} attended in ${other}, so this is not a change.`,
      listedThenUnknownNow: (year: number, other: number, items: string, count: number) =>
        `Listed in ${other} but not recorded for ${year}: ${items}. Our sources do not say whether ${count === 1 ? 'it' : 'they'} attended in ${year}, so this is not a change.`,
      noDifference: (year: number, other: number) => `No recorded difference between ${year} and ${other}.`,
      nothingToCompare: (year: number) => `There is no meeting record for ${year} to compare.`,
      sameMeeting: (number: number, year: number) =>
        `Both years show the same record, of the ${ordinal(number)} meeting in ${year}: there is nothing to compare.`,
      /** An attendance that rests on some sources only, with its note. */
      caveat: (name: string, note: string) => `On ${name}: ${note}`,
    },
    showOnMap: 'Show attendance on the map',
    strip: {
      heading: 'The CSTO at the table',
      /** Each cell's name, starting with the year it shows: "2018: Attended". */
      cell: (year: number, shown: string) => `${year}: ${shown}`,
      /** The line in words, for every reader: the years listed, the years recorded absent. */
      summary: (listed: readonly number[], absent: readonly number[]) =>
        [
          listed.length > 0 ? `Attended in ${LIST_FORMAT.format(listed.map(String))}` : 'Never listed as attending',
          absent.length > 0 ? `absent in ${LIST_FORMAT.format(absent.map(String))}` : 'never recorded absent',
          'not recorded at the other meetings.',
        ].join('; '),
    },
    legend: {
      heading: (year: number) => `Meeting ${year} (markers)`,
      listed: 'Listed as present (ring)',
      othersSilent: 'Listed by some sources only (dashed ring)',
      absent: 'Recorded absent (cross)',
    },
  },
  /** When code the graphic needs did not arrive (a dropped connection). */
  loadFailed: {
    app: 'The interactive part of the graphic could not be loaded: only the year slider and the map work.',
    /** Where a part below the maps stands until the app draws it. */
    waiting: 'This part appears once the interactive graphic has loaded.',
    tool: 'This part could not be loaded.',
    /** The maps' outlines, fetched after the first paint. */
    map: 'The map could not be loaded.',
    retry: 'Try again',
  },
  links: {
    refusedLabel: 'A link this frame may not open',
    newTabRefused: 'This frame may not open a new tab. The link’s address, to copy:',
    addressLabel: 'Address of the link',
    close: 'Close',
  },
  /** The parts of an embed: a tab of the whole graphic, or alone with `part=` and their own headline. */
  parts: {
    tabsLabel: 'Parts of the graphic',
    map: {
      tab: 'Map',
      headline: 'The former Soviet republics in the CIS and the CSTO',
      description: 'Each republic’s place in both blocs, year by year.',
    },
    diagram: {
      tab: 'Diagram',
      headline: 'Who is in the CIS, who is in the CSTO, and who is in neither',
      description: 'Each republic placed by its two memberships.',
    },
    meetings: {
      tab: 'Meetings',
      headline: 'Who sat at the table of the CIS Security Councils',
      description: 'Who our sources record at each yearly meeting.',
    },
    table: {
      tab: 'Table',
      headline: 'The 15 former Soviet republics in the CIS and the CSTO, one by one',
      description: 'Each republic’s status in both blocs, with sources.',
    },
  } satisfies Record<Part, { tab: string; headline: string; description: string }> & { tabsLabel: string },
  embed: {
    openFull: 'Open the full interactive',
    newTabBlocked: 'This frame may not open a new tab. The address of the full interactive, to copy:',
    addressLabel: 'Address of the full interactive',
    button: 'Embed this graphic',
    intro:
      'Choose what to embed, then paste one of these codes into your page. Both keep the frame as tall as the graphic; pages that already use pym.js or Datawrapper embeds need no extra script.',
    /** The frame's accessible name, which names the part it shows. */
    frameTitle: (part: Part | null, first: number, last: number) =>
      `${part === null ? 'Interactive map' : `Interactive ${FRAME_PART_NAMES[part]}`}: the 15 former Soviet republics in the CIS and the CSTO, ${first} to ${last}`,
    partLabel: 'Part',
    /** The languages are named in their own words: a reader of each finds theirs. */
    languageLabel: 'Language',
    wholeGraphic: 'The whole graphic, with tabs',
    viewLabel: 'View',
    viewOnScreen: (year: number) => `As on screen now (${year})`,
    viewLatest: 'Always the latest year',
    themeLabel: 'Theme',
    themeOfReader: 'The reader’s setting',
    themes: { light: 'Light', dark: 'Dark' } satisfies Record<Theme, string>,
    previewHeading: (width: number) => `What a reader sees on a phone (${width} px wide)`,
    previewTitle: (frameTitle: string) => `Preview: ${frameTitle}`,
    iframeHeading: 'Plain iframe',
    iframeHint: 'with a short script that sets its height',
    pymHeading: 'pym.js',
    pymHint: 'for pages that use pym.js; the link shows without JavaScript',
    copy: 'Copy code',
    copied: 'Copied.',
    copyBlocked: 'Copying is not allowed here: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
    allSources: 'All sources',
  },
  details: {
    emptyHeading: 'Details',
    invite: 'Choose a republic on the map, in the diagram or in the table to see its full history in both blocs, with sources.',
    clear: 'Clear selection',
    cisHeading: 'Commonwealth of Independent States (CIS)',
    securityHeading: 'Collective Security Treaty, from 2002 the CSTO',
    throughout: 'Throughout',
    inForce: (d: YearDate) =>
      d.isAsOf ? `in force on ${formatIsoDate(d.date, DATE_FORMAT)}` : `in force at the end of ${d.year}`,
    sources: 'Sources:',
  },
  euler: {
    heading: 'Who is in which',
    setCount: (count: number) => `${count} ${count === 1 ? 'state' : 'states'}`,
    summary: (d: YearDate, counts: Record<EulerRegion, number>, blocName: string) =>
      `${atYearDate(d)}, ${counts.both} ${counts.both === 1 ? 'republic was' : 'republics were'} in both the CIS and the ${blocName}, ${counts['cis-only']} in the CIS only` +
      (counts['csto-only'] > 0 ? `, ${counts['csto-only']} in the ${blocName} but not yet the CIS` : '') +
      `, and ${counts.neither} in neither.`,
    regionLabels: {
      both: (blocName: string) => `In the CIS and the ${blocName}`,
      'cis-only': (blocName: string) => `In the CIS, not the ${blocName}`,
      'csto-only': (blocName: string) => `In the ${blocName}, not yet the CIS`,
      neither: () => 'In neither',
    },
    cisTags: {
      signatory: 'CIS signatory',
      participant: 'CIS participant',
      associate: 'CIS associate',
      withdrawing: 'leaving the CIS',
    } satisfies Partial<Record<CisStatus, string>>,
    cstoTags: (blocName: string) =>
      ({ frozen: `${blocName} frozen`, suspended: `${blocName} suspended` }) satisfies Partial<Record<CstoStatus, string>>,
  },
  whatChanged: {
    /** Before a republic's note on the year: "Armenia (CSTO):". */
    noteLabel: (republic: string, bloc: string) => `${republic} (${bloc}):`,
    heading: 'What changed',
    year: (d: YearDate, sentences: readonly string[]) =>
      `${d.isAsOf ? `${d.year}, to ${formatIsoDate(d.date, DAY_MONTH_FORMAT)}` : d.year}: ${sentences.join(' ')}`,
    noChange: 'No change in membership.',
    renamed: (date: string) => `The Collective Security Treaty became an organisation, the CSTO, on ${date}.`,
    notesHeading: 'Notes on these dates:',
    /** The folded notes' line in an embed. */
    notesFolded: (count: number) => (count === 1 ? 'A note on these dates' : `${count} notes on these dates`),
    cis: {
      signatory: (p: ChangePhrase) => `${changeNames(p)} signed the CIS founding documents${changeWhen(p)}.`,
      member: (p: ChangePhrase) =>
        p.isReturn
          ? `${changeNames(p)} rejoined the CIS as ${p.republics.length === 1 ? 'a member state' : 'member states'}${changeWhen(p)}.`
          : `${changeNames(p)} became ${p.republics.length === 1 ? 'a member state' : 'member states'} of the CIS${changeWhen(p)}.`,
      participant: (p: ChangePhrase) =>
        `${changeNames(p)} became ${p.republics.length === 1 ? 'a participating state' : 'participating states'} of the CIS${changeWhen(p)}.`,
      associate: (p: ChangePhrase) =>
        `${changeNames(p)} became ${p.republics.length === 1 ? 'an associate member' : 'associate members'} of the CIS${changeWhen(p)}.`,
      withdrawing: (p: ChangePhrase) => `${changeNames(p)} began to withdraw from the CIS${changeWhen(p)}.`,
      ended: (p: ChangePhrase) =>
        `${changeNames(p)} ended ${its(p.republics.length)} participation in the CIS's bodies${changeWhen(p)}, without formally withdrawing.`,
      withdrawn: (p: ChangePhrase) =>
        p.republics.length === 1
          ? `${changeNames(p)}'s withdrawal from the CIS took effect${changeWhen(p)}.`
          : `The withdrawals of ${changeNames(p)} from the CIS took effect${changeWhen(p)}.`,
      none: (p: ChangePhrase) => `${changeNames(p)} no longer took part in the CIS${changeWhen(p)}.`,
    } satisfies Record<CisStatus, (p: ChangePhrase) => string>,
    csto: {
      member: (p: ChangePhrase) => `${changeNames(p)} ${p.isReturn ? 'rejoined' : 'joined'} the ${p.blocName}${changeWhen(p)}.`,
      frozen: (p: ChangePhrase) =>
        `${changeNames(p)} froze ${its(p.republics.length)} participation in the ${p.blocName}${changeWhen(p)}.`,
      suspended: (p: ChangePhrase) =>
        p.republics.length === 1
          ? `${changeNames(p)}'s membership of the ${p.blocName} was suspended${changeWhen(p)}.`
          : `The memberships of ${changeNames(p)} in the ${p.blocName} were suspended${changeWhen(p)}.`,
      withdrawn: (p: ChangePhrase) => `${changeNames(p)} left the ${p.blocName}${changeWhen(p)}.`,
      none: (p: ChangePhrase) => `${changeNames(p)} no longer took part in the ${p.blocName}${changeWhen(p)}.`,
    } satisfies Record<CstoStatus, (p: ChangePhrase) => string>,
  },
  summary: (date: string, inCis: number, inCsto: number, inNeither: number, securityBloc: string, signatories: number) =>
    `${date}: ${inCis} of the 15 republics in the CIS, ${inCsto} in the ${securityBloc}, ${inNeither} in neither.` +
    (signatories > 0 ? ` ${signatories} had signed the CIS founding documents but not yet ratified them.` : ''),
  present: {
    button: 'Present',
    /** Why a teacher would press it. */
    hint: 'Full screen, large type, the story step by step',
    startStory: 'Walk through the story',
    leaveStory: 'Close the story',
    fullscreenRefused:
      'This page may not go full screen here, so the presentation fills its window. Open it in a new tab for full screen; Escape leaves it.',
  },
  steps: {
    label: 'The story, step by step',
    /** "1991: The CIS is founded": a step's heading, its year first. */
    heading: (year: number, title: string) => `${year}: ${title}`,
    counter: (step: number, count: number) => `Step ${step} of ${count}`,
    previous: 'Previous step',
    next: 'Next step',
    leave: 'Leave the presentation',
    help: {
      title: 'Keyboard shortcuts',
      /** The button that opens them, a question mark before the words. */
      open: '? Show keyboard shortcuts',
      close: 'Close',
      /** Between two keys that do the same, with its spaces. */
      or: ' or ',
      /** Each key as printed and as spoken (src/lib/presentKeys.ts says what it does). */
      keys: {
        ArrowLeft: { symbol: '←', name: 'Left arrow' },
        PageUp: { symbol: 'Page Up', name: 'Page Up' },
        ArrowRight: { symbol: '→', name: 'Right arrow' },
        PageDown: { symbol: 'Page Down', name: 'Page Down' },
        Home: { symbol: 'Home', name: 'Home' },
        End: { symbol: 'End', name: 'End' },
        ' ': { symbol: 'Space', name: 'Space' },
        F: { symbol: 'F', name: 'F' },
        Escape: { symbol: 'Esc', name: 'Escape' },
        '?': { symbol: '?', name: 'Question mark' },
      } satisfies Record<PresentKey, { symbol: string; name: string }>,
      actions: {
        previous: 'Previous step',
        next: 'Next step',
        first: 'First step',
        last: 'Last step',
        play: 'Play or pause the years',
        fullscreen: 'Full screen on or off',
        leave: 'Leave the presentation',
        help: 'Show or hide this help',
      } satisfies Record<PresentAction, string>,
    },
    invalidStep: (value: string, count: number) =>
      `The address asked for step “${value}”, which is not a step from 1 to ${count}; it was ignored.`,
    // Each step's sentences take names, dates and counts worked out from the data by
    // src/lib/steps.ts; the caveats of the facts are part of the sentences, never optional.
    founding: {
      title: 'The CIS is founded',
      text: (p: {
        agreementDate: string;
        founders: readonly RepublicIso[];
        protocolDate: string;
        signerCount: number;
        outside: readonly RepublicIso[];
        members: readonly RepublicIso[];
        participants: readonly RepublicIso[];
        charterYear: number;
        signatoryCount: number;
        yearDate: YearDate;
      }) => [
        `On ${p.agreementDate} ${nameList(p.founders)} signed the Agreement establishing the Commonwealth of Independent States (CIS).`,
        `On ${p.protocolDate}, ${numberWord(p.signerCount)} republics signed the Alma-Ata Protocol: all but ${nameList(p.outside)}.`,
        `${p.yearDate.isAsOf ? `By ${formatIsoDate(p.yearDate.date, DATE_FORMAT)}` : 'By the end of the year'} ${nameList(p.members)} had ratified the Agreement, as had ${nameList(p.participants)}, which never ratified the CIS Charter of ${p.charterYear}; the other ${numberWord(p.signatoryCount)} had signed but not yet ratified.`,
      ],
    },
    treaty: {
      title: 'The Collective Security Treaty',
      text: (p: {
        date: string;
        signers: readonly RepublicIso[];
        blocName: string;
        joiners: readonly RepublicIso[];
        joinYear: number;
        yearDate: YearDate;
        treatyOnly: readonly RepublicIso[];
      }) => [
        `On ${p.date} ${nameList(p.signers)} signed the ${p.blocName} in Tashkent.`,
        `${nameList(p.joiners)} joined it in ${p.joinYear}.`,
        `${atYearDate(p.yearDate)} ${nameList(p.treatyOnly)} ${p.treatyOnly.length === 1 ? 'was' : 'were'} in the Treaty but not yet in the CIS: ${p.treatyOnly.length === 1 ? 'it' : 'they'} had signed the CIS founding documents but not yet ratified them.`,
      ],
    },
    nonRenewal: {
      title: 'Three do not renew the Treaty',
      text: (p: {
        blocName: string;
        inForce: string;
        extension: string;
        leavers: readonly RepublicIso[];
        exitDate: string;
        stayed: readonly RepublicIso[];
      }) => [
        `The ${p.blocName} entered into force on ${p.inForce} for five years; on ${p.extension} ${numberWord(p.stayed.length)} parties signed a protocol extending it, but ${nameList(p.leavers)} did not.`,
        `Their membership ended on ${p.exitDate}, the end of the first five-year term: a day inferred from the term, not recorded in our sources.`,
        `The ${numberWord(p.stayed.length)} that stayed were ${nameList(p.stayed)}.`,
      ],
    },
    georgia: {
      title: 'Georgia leaves the CIS',
      text: (p: { notice: string; effective: string; effectiveYear: number; blocName: string; treatyExitYear: number }) => [
        `After its parliament voted to leave, Georgia sent formal notice of its withdrawal from the CIS on ${p.notice}.`,
        `The withdrawal took effect on ${p.effective}.`,
        `Georgia had already left the ${p.blocName} in ${p.treatyExitYear}: from ${p.effectiveYear} it was in neither bloc.`,
      ],
    },
    uzbekistan: {
      title: 'Uzbekistan’s CSTO membership is suspended',
      text: (p: { leftYear: number; rejoined: string; suspended: string }) => [
        `Uzbekistan, which had left the Treaty in ${p.leftYear}, rejoined the CSTO on ${p.rejoined}, when the protocol restoring its membership was signed in Sochi; the return had been announced earlier that year, and some sources date it from 2008, when Uzbekistan ratified its accession to the CSTO Charter.`,
        `At its own request, its membership was suspended by the CSTO summit on ${p.suspended}.`,
        'Suspended is not withdrawn, but the map no longer counts Uzbekistan in the CSTO; it remained a member state of the CIS.',
      ],
    },
    meeting2017: {
      title: 'A meeting without the CSTO',
      text: (p: { firstMeeting: string; number: number; year: number }) => [
        `The heads of the Security Councils of the CIS states have met every year since ${formatPartialDate(p.firstMeeting)}, hosted by the Secretary of Russia’s Security Council.`,
        `The story notes that the CSTO was not present at the ${ordinal(p.number)} meeting, in ${p.year}.`,
        'Its exact date, its place and who else attended are not recorded in our sources.',
      ],
    },
    meeting2018: {
      title: 'The CSTO at the table',
      text: (p: {
        number: number;
        place: string;
        date: string;
        role: string;
        person: string;
        compareYear: number;
        listed: readonly RepublicIso[];
        unknown: readonly RepublicIso[];
        outside: readonly RepublicIso[];
        suspended: readonly RepublicIso[];
      }) => [
        `At the ${ordinal(p.number)} meeting, in ${p.place} on ${formatPartialDate(p.date)}, the CSTO was represented by its ${p.role}, ${p.person}; in ${p.compareYear} it had been absent.`,
        `The story speaks of ten member states, but its photo caption names ${numberWord(p.listed.length)}: ${nameList(p.listed)}; whether ${nameList(p.unknown)} attended is not recorded in our sources.`,
        `${nameList(p.outside)} ${p.outside.length === 1 ? 'was' : 'were'} outside the CSTO and ${nameList(p.suspended)}’s membership was suspended, yet they took part alongside its ${p.role}: the story asks whether Russia is trying to blur the line between the two organisations.`,
      ],
    },
    ukraine: {
      title: 'Ukraine leaves the CIS bodies',
      text: (p: { date: string; yearDate: YearDate; neither: readonly RepublicIso[] }) => [
        `On ${p.date} Ukraine recalled its representatives from all CIS statutory bodies, without formally withdrawing from the CIS.`,
        'It had ratified the 1991 Agreement but never signed or ratified the Charter: it had been a participating state, never a member state.',
        `${atYearDate(p.yearDate)}, ${numberWord(p.neither.length)} republics were in neither the CIS nor the CSTO, as the story says: ${nameList(p.neither)}.`,
      ],
    },
    armenia: {
      title: 'Armenia freezes its CSTO participation',
      text: (p: { date: string }) => [
        `On ${p.date} Armenia froze its participation in the CSTO.`,
        'Later that year its foreign ministry said Armenia would not fund the organisation, and Prime Minister Nikol Pashinyan told parliament that Armenia would leave and, later, that it already considered itself outside the CSTO; our sources record no formal withdrawal notice as of early 2026.',
        'A freeze is not a withdrawal: Armenia remains formally a member, and the map counts it in the CSTO.',
      ],
    },
    meeting2025: {
      title: 'The CSTO back at the table',
      text: (p: {
        number: number;
        place: string;
        date: string;
        /** The CSTO's representative as the record names them, if it does. */
        person: string | null;
        role: string | null;
        firstYear: number;
        listedYears: readonly number[];
        meetingsSince: number;
        absentSince: number;
        /** Attendees listed by some of the meeting's sources only. */
        othersSilent: readonly AttendeeId[];
      }) => [
        p.person
          ? `At the ${ordinal(p.number)} meeting, in ${p.place} on ${formatPartialDate(p.date)}, the CSTO was represented by ${p.role ? `its ${p.role}, ` : ''}${p.person}.`
          : `At the ${ordinal(p.number)} meeting, in ${p.place} on ${formatPartialDate(p.date)}, our sources list the CSTO’s leadership among those present, without naming anyone.`,
        `Since ${p.firstYear} our sources place the CSTO at the table at ${numberWord(p.listedYears.length)} of the ${numberWord(p.meetingsSince)} meetings, in ${LIST_FORMAT.format(p.listedYears.map(String))}; ` +
          (p.absentSince === 0
            ? 'none records it absent, and for the others they do not say either way.'
            : `they record it absent at ${p.absentSince}, and for the others they do not say either way.`),
        ...(p.othersSilent.length === 0
          ? []
          : [
              `${attendeeList(p.othersSilent)} ${p.othersSilent.length === 1 ? 'is' : 'are'} named by only some of the reports of this meeting: the lists and the map show ${its(p.othersSilent.length)} attendance with that note.`,
            ]),
      ],
    },
    moldova: {
      title: 'Moldova’s exit is under way',
      text: (p: { date: string; protocolDate: string; asOf: string }) => [
        `On ${p.date} Moldova’s parliament voted in a first reading to denounce the CIS Charter, the Agreement establishing the CIS and the Alma-Ata Protocol of ${p.protocolDate}.`,
        'The exit takes effect 12 months after Moldova’s foreign ministry notifies the depositary, the CIS Executive Committee, once the law is adopted and published; the final readings and the notification are not in our sources, so the exit is under way and the date the map shows is provisional.',
        `Until the exit takes effect Moldova still counts as in the CIS; our data runs to ${p.asOf}.`,
      ],
    },
  },
  downloads: {
    heading: 'Download',
    imageHeading: 'Image',
    dataHeading: 'Data',
    png: 'Download PNG',
    svg: 'Download SVG',
    csv: 'Download CSV',
    json: 'Download JSON',
    thisYear: 'This year',
    wholeTimeline: 'Whole timeline',
    /** Shown after a click in a frame, which may refuse downloads without telling the graphic. */
    blocked: {
      data: 'If the download did not start, your page does not allow downloads here: copy the data below or open the graphic in a new tab.',
      image:
        'If the download did not start, your page does not allow downloads here: save the image below (right-click or long-press it) or open the graphic in a new tab.',
    },
    fallbackLabel: 'The data, to copy',
    copy: 'Copy the data',
    copyBlocked: 'Copying is not allowed here: the data is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
    failed: 'This browser could not make the file.',
    /** A key entry of a downloaded image, its bloc first: "CSTO: Member (solid stripes) (6)". */
    legendEntry: (label: string, count: number) => `${label} (${count})`,
    /** Under the title of a downloaded image. */
    imageSubtitle: (date: string) => `The 15 former Soviet republics on ${date}`,
    sourceLine:
      'Sources: Kremlin, CIS and CSTO documents, news agencies and reference works, named for every status. Story: commonspace.eu.',
    /** What a JSON download holds, for whoever opens it without the graphic. */
    about: {
      year: (date: string) =>
        `The status of each of the 15 former Soviet republics in the CIS and in the Collective Security Treaty (from 2002 the CSTO) on ${date}. An empty “since” means there is no dated start: the status held throughout, or the republic had not yet taken part.`,
      timeline: (asOf: string) =>
        `Every period of every republic in the CIS and in the Collective Security Treaty (from 2002 the CSTO): a status holds from “from” (inclusive) until “to” (exclusive). An empty “from” means the status held throughout; an empty “to” means it was still in force on ${asOf}.`,
    },
    columns: {
      iso: 'ISO code',
      name: 'Republic',
      bloc: 'Bloc',
      status: 'Status (code)',
      statusText: 'Status',
      from: 'From',
      to: 'To',
      note: 'Note',
      sources: 'Sources',
      sourceUrls: 'Source addresses',
      cisStatus: 'CIS status (code)',
      cisStatusText: 'CIS status',
      cisSince: 'CIS status since',
      cisNote: 'CIS note',
      cisSources: 'CIS sources',
      cisSourceUrls: 'CIS source addresses',
      cstoStatus: 'CST/CSTO status (code)',
      cstoStatusText: 'CST/CSTO status',
      cstoSince: 'CST/CSTO status since',
      cstoNote: 'CST/CSTO note',
      cstoSources: 'CST/CSTO sources',
      cstoSourceUrls: 'CST/CSTO source addresses',
    },
  },
  notices: {
    title: 'Note',
    invalidYear: (value: string, first: number, last: number, shown: number) =>
      `The address asked for the year “${value}”, which is not a year from ${first} to ${last}: showing ${shown}.`,
    invalidCountry: (value: string) =>
      `The address asked for the republic “${value}”, which is not one of the 15 (use a code such as ARM): no republic is selected.`,
    invalidCompare: (value: string, first: number, last: number) =>
      `The address asked to compare with “${value}”, which is not a year from ${first} to ${last}: no comparison is shown.`,
    invalidAttendance: (value: string) =>
      `The address parameter “attendance” can only be “on”, not “${value}”: the map shows no attendance.`,
    invalidEmbed: (value: string) => `The address parameter “embed” can only be “1”, not “${value}”: showing the full page.`,
    invalidPart: (value: string, parts: readonly string[]) =>
      `The address parameter “part” can be ${LIST_FORMAT_OR.format(parts.map((part) => `“${part}”`))}, not “${value}”: showing the whole graphic.`,
    /** A button pressed while the app was loading, whose label changed before it could act. */
    /** On a part the page cannot yet move to the year the reader chose, until the app runs. */
    catchingUp: 'Catching up with the year you chose…',
    earlyPressDropped: (pressed: string, now: string) =>
      `“${pressed}” was pressed while the graphic was still loading; the button now reads “${now}”, so nothing was done. Press it again if that is what you want.`,
    partWithoutEmbed: (part: string) =>
      `The address asked for the part “${part}”, which is a layout for embeds (with “embed=1”): showing the full page.`,
    invalidTheme: (value: string) =>
      `The address parameter “theme” can be “light” or “dark”, not “${value}”: following the system setting.`,
    invalidMode: (value: string) => `The address parameter “mode” can only be “present”, not “${value}”: showing the page.`,
    /** The first few names of the parameters the graphic does not know, and how many there are. */
    unknownParameters: (names: readonly string[], count: number) =>
      count === 1
        ? `The address parameter “${names[0]}” is not one this graphic knows; it was ignored.`
        : `The address has ${count} parameters this graphic does not know (${names.map((name) => `“${name}”`).join(', ')}${count > names.length ? ', …' : ''}); they were ignored.`,
  },
  updates: {
    heading: 'Updates and corrections',
    intro: 'What changed in the data since it was first published, newest first, with the sources each change rests on.',
    /** On paper, whose one page has no room for them, the dates only. */
    onPaper: (dates: readonly string[]) => `${LIST_FORMAT.format(dates)}, each in full at the address above.`,
  },
  sources: {
    heading: 'Sources',
    intro: 'Every status and date on the map comes from these sources; where they disagree, the note on the period says so.',
  },
  formatDate: (isoDate: IsoDate) => formatIsoDate(isoDate, DATE_FORMAT),
  /** "18 August": a date within the year already named. */
  formatDayMonth,
  /** "21 November 2018", "December 2013" or "2016": a date as precise as it is known. */
  formatPartialDate,
  /** Orders republics by their names in this language. */
  compareNames: (a: RepublicIso, b: RepublicIso) => COLLATOR.compare(REPUBLIC_NAMES[a], REPUBLIC_NAMES[b]),
  /** "A, B and C". */
  formatList: (items: readonly string[]) => LIST_FORMAT.format(items),
};

// Formatters are costly to create and are used for every date on every year change: made once.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const MONTH_YEAR_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const LIST_FORMAT = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
/** What the frame's title calls each part. */
const FRAME_PART_NAMES = {
  map: 'map',
  diagram: 'diagram',
  meetings: 'record of the Security Council meetings',
  table: 'table',
} satisfies Record<Part, string>;
const COLLATOR = new Intl.Collator('en-GB');
const LIST_FORMAT_OR = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** "At the end of 2018", or in the data's last year "On 31 March 2026": never the end of a year the data has not reached. */
function atYearDate(d: YearDate): string {
  return d.isAsOf ? `On ${formatIsoDate(d.date, DATE_FORMAT)}` : `At the end of ${d.year}`;
}

function formatDayMonth(isoDate: IsoDate): string {
  return formatIsoDate(isoDate, DAY_MONTH_FORMAT);
}

function formatPartialDate(date: string): string {
  if (date.length === 10) return formatIsoDate(date, DATE_FORMAT);
  if (date.length === 7) return formatIsoDate(`${date}-01`, MONTH_YEAR_FORMAT);
  return date;
}

/** "Armenia, Belarus and Russia": republics in alphabetical order. */
function nameList(isos: readonly RepublicIso[]): string {
  return LIST_FORMAT.format([...isos].sort(catalogue.compareNames).map((iso) => REPUBLIC_NAMES[iso]));
}

/** "Armenia and the CIS Executive Committee": attendees in alphabetical order. */
function attendeeList(attendees: readonly AttendeeId[]): string {
  const names = attendees.map((attendee) => (isRepublicIso(attendee) ? REPUBLIC_NAMES[attendee] : ORGANISATION_NAMES[attendee]));
  return LIST_FORMAT.format(names.sort(COLLATOR.compare));
}

/** "Georgia", or "Belarus (10 December), Russia (12 December) and Kazakhstan (23 December)". */
function changeNames(p: ChangePhrase): string {
  return LIST_FORMAT.format(
    p.republics.map(({ iso, date }) => (date ? `${REPUBLIC_NAMES[iso]} (${formatDayMonth(date)})` : REPUBLIC_NAMES[iso])),
  );
}

/** " on 18 August" when every republic changed on that day, else "". */
const changeWhen = (p: ChangePhrase) => (p.date ? ` on ${formatDayMonth(p.date)}` : '');

function formatIsoDate(isoDate: string, format: Intl.DateTimeFormat): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Holds the data files to the rules of the facts: every republic present once, statuses from
 * the vocabulary, ISO dates in order without overlap, known source keys. Returns messages that
 * name file, republic and field; used by the tests and by the build (src/build/plugins.ts).
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { ATTENDANCES, ORGANISATIONS } from './meetings.ts';
import { BLOCS, REPUBLIC_ISO_CODES, REPUBLIC_NUMERIC_CODES, STATUSES_BY_BLOC, isRepublicIso } from './vocabulary.ts';

/** Where each data file lives, as the messages name it. */
export const DATA_FILES = {
  membership: 'data/membership.json',
  sources: 'data/sources.json',
  meetings: 'data/meetings.json',
  updates: 'data/updates.json',
} as const;

/** The data files as read, before validation. */
export type RawDataFiles = Record<keyof typeof DATA_FILES, unknown>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const show = (value: unknown) => JSON.stringify(value) ?? String(value);

/** "12:5": where an offset falls in a text, line and column counted from 1 as editors do. */
function lineAndColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

// What the parser's codes mean to whoever edits the file; the rest are named by their code.
const PARSE_ERRORS: Partial<Record<keyof typeof ParseErrorCode, string>> = {
  InvalidSymbol: 'a character JSON does not allow here',
  PropertyNameExpected: 'a property name in double quotes was expected (a comma before "}"?)',
  ValueExpected: 'a value was expected (a comma before "]", or the file ends early?)',
  ColonExpected: 'a colon was expected after the property name',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfString: 'a string is not closed',
};

/**
 * Reads a data file as strict JSON: no byte-order mark, comments or trailing commas, and each key
 * once in an object (the parser would silently keep the last). Problems name file, line and column.
 */
export function parseDataFile(text: string, file: string): { value: unknown; problems: string[] } {
  if (text.trim() === '') return { value: undefined, problems: [`${file}: the file is empty`] };
  if (text.startsWith('\uFEFF'))
    return {
      value: undefined,
      problems: [`${file}:1:1: a byte-order mark before the JSON (save the file as UTF-8 without one)`],
    };
  const problems: string[] = [];
  const keysOfOpenObjects: Set<string>[] = [];
  let hasSyntaxError = false;
  visit(
    text,
    {
      onObjectBegin: () => void keysOfOpenObjects.push(new Set()),
      onObjectEnd: () => void keysOfOpenObjects.pop(),
      onObjectProperty: (key, offset) => {
        const keys = keysOfOpenObjects.at(-1)!;
        if (keys.has(key)) problems.push(`${file}:${lineAndColumn(text, offset)}: "${key}" appears twice in one object`);
        keys.add(key);
      },
      // The first syntax error only: what the parser reports after it follows from it.
      onError: (error, offset) => {
        if (hasSyntaxError) return;
        hasSyntaxError = true;
        const code = printParseErrorCode(error) as keyof typeof ParseErrorCode;
        problems.push(`${file}:${lineAndColumn(text, offset)}: ${PARSE_ERRORS[code] ?? code}`);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return problems.length > 0 ? { value: undefined, problems } : { value: JSON.parse(text), problems };
}

/** "unknown field" problems for the keys of `record` that its kind does not have. */
function unknownFields(file: string, where: string, record: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key) => `${file}: ${where}: unknown field ${show(key)} (known: ${known.join(', ')})`);
}

/** The Russian sibling of an English text field: `note` → `noteRu` (issue 20). */
const russianOf = (key: string) => `${key}Ru`;

/** The fields with their Russian siblings, for the known-field lists. */
const withRussian = (keys: readonly string[]) => keys.flatMap((key) => [key, russianOf(key)]);

// Source keys cited in a text, as src/lib/notes.ts finds them: each must be cited in the Russian text too.
const CITED_KEY = /\b[A-Z][A-Z0-9-]*\b/g;

/**
 * Every English text in `keys` has its Russian beside it: text for text, "" for "", null for
 * null, citing the same sources, so that no reader of the Russian page meets English or loses a link.
 */
function russianProblems(
  file: string,
  /** What the field's name follows: "meeting 6, ", "meeting 6, attendees[0]." or "". */
  prefix: string,
  record: Record<string, unknown>,
  keys: readonly string[],
  sourceKeys: ReadonlySet<string>,
): string[] {
  return keys.flatMap((key) => {
    const english = record[key];
    const russian = record[russianOf(key)];
    const field = `${prefix}${russianOf(key)}`;
    if (english === null) return russian === null ? [] : [`${file}: ${field}: expected null, as ${key} is`];
    if (typeof english !== 'string') return [];
    if (typeof russian !== 'string') return [`${file}: ${field}: missing the Russian text of ${key}`];
    if ((english.trim() === '') !== (russian.trim() === ''))
      return [`${file}: ${field}: ${english.trim() === '' ? 'expected empty, as' : 'missing the Russian text of'} ${key}`];
    const cited = (text: string) =>
      new Set([...text.matchAll(CITED_KEY)].map(([word]) => word).filter((word) => sourceKeys.has(word)));
    const lost = [...cited(english)].filter((source) => !cited(russian).has(source));
    return lost.length > 0 ? [`${file}: ${field}: does not cite ${lost.join(', ')}, as ${key} does`] : [];
  });
}

/** Problems in the sources file; an empty list when it is valid. */
function validateSources(raw: unknown): string[] {
  const file = DATA_FILES.sources;
  if (!isRecord(raw) || !isRecord(raw.sources)) return [`${file}: expected an object with a "sources" object`];
  const problems = unknownFields(file, 'the file', raw, ['$comment', 'sources']);
  for (const [key, source] of Object.entries(raw.sources)) {
    if (!isRecord(source)) {
      problems.push(`${file}: source ${key}: expected an object with title and url`);
      continue;
    }
    problems.push(...unknownFields(file, `source ${key}`, source, ['title', 'url']));
    if (typeof source.title !== 'string' || source.title.trim() === '') problems.push(`${file}: source ${key}, title: missing`);
    if (typeof source.url !== 'string' || !/^https?:\/\//.test(source.url))
      problems.push(`${file}: source ${key}, url: ${show(source.url)} is not an http(s) address`);
  }
  return problems;
}

/** Problems in the membership file, checked against the known source keys. */
function validateMembership(raw: unknown, sourceKeys: ReadonlySet<string>): string[] {
  const file = DATA_FILES.membership;
  if (!isRecord(raw)) return [`${file}: expected an object`];
  const problems = unknownFields(file, 'the file', raw, ['$comment', 'asOf', 'keyDates', 'cstoCharterSigned', 'republics']);
  const checkSources = (where: string, sources: unknown) => {
    if (!Array.isArray(sources)) return problems.push(`${file}: ${where}.sources: expected a list of source keys`);
    for (const key of sources)
      if (typeof key !== 'string' || !sourceKeys.has(key))
        problems.push(`${file}: ${where}.sources: unknown source key ${show(key)}`);
  };

  if (!isIsoDay(raw.asOf)) problems.push(`${file}: asOf: ${show(raw.asOf)} is not an ISO date (YYYY-MM-DD)`);
  if (!isIsoDay(raw.cstoCharterSigned))
    problems.push(`${file}: cstoCharterSigned: ${show(raw.cstoCharterSigned)} is not an ISO date (YYYY-MM-DD)`);
  if (!Array.isArray(raw.keyDates)) problems.push(`${file}: keyDates: expected a list`);
  else
    raw.keyDates.forEach((entry: unknown, i) => {
      const where = `keyDates[${i}]`;
      if (!isRecord(entry)) return problems.push(`${file}: ${where}: expected an object`);
      problems.push(...unknownFields(file, where, entry, ['date', 'event', 'sources']));
      if (!isIsoDay(entry.date)) problems.push(`${file}: ${where}.date: ${show(entry.date)} is not an ISO date`);
      if (typeof entry.event !== 'string') problems.push(`${file}: ${where}.event: missing`);
      checkSources(where, entry.sources);
    });

  if (!Array.isArray(raw.republics)) return [...problems, `${file}: republics: expected a list`];
  const seen = new Set<string>();
  raw.republics.forEach((republic: unknown, index) => {
    if (!isRecord(republic) || !isRepublicIso(republic.iso)) {
      const iso = isRecord(republic) ? republic.iso : republic;
      return problems.push(`${file}: republics[${index}].iso: ${show(iso)} is not one of the 15 republics`);
    }
    const iso = republic.iso;
    const name = `republic ${iso}`;
    problems.push(...unknownFields(file, name, republic, ['iso', 'numeric', ...BLOCS]));
    if (seen.has(iso)) problems.push(`${file}: ${name}: listed more than once`);
    seen.add(iso);
    if (republic.numeric !== REPUBLIC_NUMERIC_CODES[iso])
      problems.push(`${file}: ${name}, numeric: ${show(republic.numeric)} should be "${REPUBLIC_NUMERIC_CODES[iso]}"`);

    for (const bloc of BLOCS) {
      const periods = republic[bloc];
      if (!Array.isArray(periods) || periods.length === 0) {
        problems.push(`${file}: ${name}, ${bloc}: expected a non-empty list of periods`);
        continue;
      }
      let previousFrom: string | undefined;
      periods.forEach((period: unknown, i) => {
        const field = `${name}, ${bloc}[${i}]`;
        if (!isRecord(period)) return problems.push(`${file}: ${field}: expected an object`);
        problems.push(...unknownFields(file, field, period, ['from', 'status', 'sources', ...withRussian(['note'])]));
        problems.push(...russianProblems(file, `${field}.`, period, ['note'], sourceKeys));
        const statuses: readonly string[] = STATUSES_BY_BLOC[bloc];
        if (typeof period.status !== 'string' || !statuses.includes(period.status))
          problems.push(
            `${file}: ${field}.status: ${show(period.status)} is not a ${bloc.toUpperCase()} status (${statuses.join(', ')})`,
          );
        if (period.from === null) {
          // "Throughout" only makes sense for a republic whose status never changed.
          if (periods.length > 1) problems.push(`${file}: ${field}.from: null is allowed only for a single period`);
        } else if (!isIsoDay(period.from)) {
          problems.push(`${file}: ${field}.from: ${show(period.from)} is not an ISO date (YYYY-MM-DD)`);
        } else {
          if (previousFrom !== undefined && period.from < previousFrom)
            problems.push(`${file}: ${field}.from: ${period.from} is out of order (after ${previousFrom})`);
          if (previousFrom === period.from)
            problems.push(`${file}: ${field}.from: ${period.from} overlaps the previous period, which starts the same day`);
          if (isIsoDay(raw.asOf) && period.from > raw.asOf)
            problems.push(`${file}: ${field}.from: ${period.from} is after the data's as-of date ${raw.asOf}`);
          previousFrom = period.from;
        }
        if (typeof period.note !== 'string') problems.push(`${file}: ${field}.note: expected text (may be empty)`);
        checkSources(field, period.sources);
      });
    }
  });
  for (const iso of REPUBLIC_ISO_CODES) if (!seen.has(iso)) problems.push(`${file}: republic ${iso}: missing`);
  return problems;
}

/** Whether `value` is a date as precise as the sources: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function isPartialIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  return isIsoDay(value);
}

const isTextOrNull = (value: unknown) => value === null || (typeof value === 'string' && value.trim() !== '');

/** Problems in the meetings file, checked against the known source keys. */
function validateMeetings(raw: unknown, sourceKeys: ReadonlySet<string>): string[] {
  const file = DATA_FILES.meetings;
  if (!isRecord(raw) || !Array.isArray(raw.meetings)) return [`${file}: expected an object with a "meetings" list`];
  const problems = unknownFields(file, 'the file', raw, ['$comment', ...withRussian(['series']), 'meetings']);
  problems.push(...russianProblems(file, '', raw, ['series'], sourceKeys));
  /** `field` names the list in full: "meeting 6, sources" or "meeting 6, attendees[0].sources". */
  const checkSources = (field: string, sources: unknown) => {
    if (!Array.isArray(sources)) return problems.push(`${file}: ${field}: expected a list of source keys`);
    for (const key of sources)
      if (typeof key !== 'string' || !sourceKeys.has(key)) problems.push(`${file}: ${field}: unknown source key ${show(key)}`);
  };
  const attendeeIds: readonly string[] = [...REPUBLIC_ISO_CODES, ...ORGANISATIONS];
  const attendances: readonly string[] = ATTENDANCES;
  const years = new Set<string>();
  let previousNumber = 0;

  raw.meetings.forEach((meeting: unknown, index) => {
    if (!isRecord(meeting)) return problems.push(`${file}: meetings[${index}]: expected an object`);
    const name = `meeting ${show(meeting.number)}`;
    problems.push(
      ...unknownFields(file, name, meeting, [
        'number',
        'date',
        ...withRussian(['place']),
        'host',
        ...withRussian(['topic']),
        'found',
        'attendees',
        'sources',
        ...withRussian(['note']),
      ]),
      ...russianProblems(file, `${name}, `, meeting, ['place', 'topic', 'note'], sourceKeys),
    );
    if (!Number.isInteger(meeting.number) || (meeting.number as number) <= previousNumber)
      problems.push(`${file}: meetings[${index}].number: ${show(meeting.number)} is not a whole number after ${previousNumber}`);
    else previousNumber = meeting.number as number;
    if (!isPartialIsoDate(meeting.date))
      problems.push(`${file}: ${name}, date: ${show(meeting.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
    else {
      const year = meeting.date.slice(0, 4);
      if (years.has(year)) problems.push(`${file}: ${name}, date: a second meeting in ${year}`);
      years.add(year);
    }
    for (const field of ['place', 'topic'] as const)
      if (!isTextOrNull(meeting[field])) problems.push(`${file}: ${name}, ${field}: expected text or null`);
    if (meeting.host !== null && !isRepublicIso(meeting.host))
      problems.push(`${file}: ${name}, host: ${show(meeting.host)} is not one of the 15 republics`);
    if (typeof meeting.found !== 'boolean') problems.push(`${file}: ${name}, found: expected true or false`);
    if (typeof meeting.note !== 'string') problems.push(`${file}: ${name}, note: expected text (may be empty)`);
    checkSources(`${name}, sources`, meeting.sources);
    if (meeting.found === true && Array.isArray(meeting.sources) && meeting.sources.length === 0)
      problems.push(`${file}: ${name}, sources: a meeting that was found needs a source`);
    if (!Array.isArray(meeting.attendees)) return problems.push(`${file}: ${name}, attendees: expected a list`);
    if (meeting.found === false && meeting.attendees.length > 0)
      problems.push(`${file}: ${name}, attendees: a meeting with no record cannot list attendees`);

    const seen = new Set<string>();
    meeting.attendees.forEach((entry: unknown, i) => {
      const field = `${name}, attendees[${i}]`;
      if (!isRecord(entry)) return problems.push(`${file}: ${field}: expected an object`);
      problems.push(
        ...unknownFields(file, field, entry, [
          'attendee',
          'attendance',
          ...withRussian(['person', 'role']),
          'sources',
          ...withRussian(['note']),
          'othersSilent',
        ]),
        ...russianProblems(file, `${field}.`, entry, ['person', 'role', 'note'], sourceKeys),
      );
      if (typeof entry.attendee !== 'string' || !attendeeIds.includes(entry.attendee))
        problems.push(`${file}: ${field}.attendee: ${show(entry.attendee)} is not a republic's ISO code, CIS-EC or CSTO`);
      else if (seen.has(entry.attendee)) problems.push(`${file}: ${field}.attendee: ${entry.attendee} appears twice`);
      else seen.add(entry.attendee);
      if (typeof entry.attendance !== 'string' || !attendances.includes(entry.attendance))
        problems.push(`${file}: ${field}.attendance: ${show(entry.attendance)} is not one of ${ATTENDANCES.join(', ')}`);
      if (entry.attendance === 'absent' && (!Array.isArray(entry.sources) || entry.sources.length === 0))
        problems.push(`${file}: ${field}.sources: an absence needs a source that says so`);
      for (const key of ['person', 'role'] as const)
        if (!isTextOrNull(entry[key])) problems.push(`${file}: ${field}.${key}: expected text or null`);
      if (typeof entry.note !== 'string') problems.push(`${file}: ${field}.note: expected text (may be empty)`);
      if ('othersSilent' in entry) {
        if (entry.othersSilent !== true) problems.push(`${file}: ${field}.othersSilent: expected true, or no such field`);
        else if (entry.attendance !== 'listed')
          problems.push(`${file}: ${field}.othersSilent: only a listed attendance can rest on some sources`);
        else if (typeof entry.note !== 'string' || entry.note.trim() === '')
          problems.push(`${file}: ${field}.note: an attendance the other sources do not name needs a note that says so`);
      }
      checkSources(`${field}.sources`, entry.sources);
    });
  });
  return problems;
}

/** Problems in the updates file: dated entries, newest first, each citing known sources. */
function validateUpdates(raw: unknown, sourceKeys: ReadonlySet<string>): string[] {
  const file = DATA_FILES.updates;
  if (!isRecord(raw) || !Array.isArray(raw.updates)) return [`${file}: expected an object with an "updates" list`];
  if (raw.updates.length === 0) return [`${file}: updates: expected at least one entry`];
  const problems = unknownFields(file, 'the file', raw, ['$comment', 'updates']);
  let previousDate: string | undefined;
  raw.updates.forEach((entry: unknown, index) => {
    const where = `updates[${index}]`;
    if (!isRecord(entry)) return problems.push(`${file}: ${where}: expected an object`);
    problems.push(...unknownFields(file, where, entry, ['date', ...withRussian(['text']), 'sources']));
    if (!isIsoDay(entry.date)) problems.push(`${file}: ${where}.date: ${show(entry.date)} is not an ISO date (YYYY-MM-DD)`);
    else {
      if (previousDate !== undefined && entry.date > previousDate)
        problems.push(`${file}: ${where}.date: ${entry.date} is out of order (newest first, after ${previousDate})`);
      previousDate = entry.date;
    }
    if (typeof entry.text !== 'string' || entry.text.trim() === '') problems.push(`${file}: ${where}.text: missing`);
    else problems.push(...russianProblems(file, `${where}.`, entry, ['text'], sourceKeys));
    if (!Array.isArray(entry.sources)) return problems.push(`${file}: ${where}.sources: expected a list of source keys`);
    for (const key of entry.sources)
      if (typeof key !== 'string' || !sourceKeys.has(key))
        problems.push(`${file}: ${where}.sources: unknown source key ${show(key)}`);
  });
  return problems;
}

/** Validates the data files together; an empty list when the data is sound. */
export function validateData({ membership, sources, meetings, updates }: RawDataFiles): string[] {
  const sourceProblems = validateSources(sources);
  const keys = new Set(isRecord(sources) && isRecord(sources.sources) ? Object.keys(sources.sources) : []);
  return [
    ...sourceProblems,
    ...validateMembership(membership, keys),
    ...validateMeetings(meetings, keys),
    ...validateUpdates(updates, keys),
  ];
}

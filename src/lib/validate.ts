/**
 * Holds the data files to the rules of the facts: every republic present once, statuses from
 * the vocabulary, ISO dates in order without overlap, known source keys. Returns messages that
 * name file, republic and field; used by the tests and by the build (src/build/plugins.ts).
 */
import {
  BLOCS,
  REPUBLIC_ISO_CODES,
  REPUBLIC_NUMERIC_CODES,
  STATUSES_BY_BLOC,
  isRepublicIso,
} from './vocabulary.ts';

/** Where each data file lives, as the messages name it. */
export const DATA_FILES = { membership: 'data/membership.json', sources: 'data/sources.json' } as const;

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

/** Problems in the sources file; an empty list when it is valid. */
export function validateSources(raw: unknown): string[] {
  const file = DATA_FILES.sources;
  if (!isRecord(raw) || !isRecord(raw.sources)) return [`${file}: expected an object with a "sources" object`];
  const problems: string[] = [];
  for (const [key, source] of Object.entries(raw.sources)) {
    if (!isRecord(source)) {
      problems.push(`${file}: source ${key}: expected an object with title and url`);
      continue;
    }
    if (typeof source.title !== 'string' || source.title.trim() === '')
      problems.push(`${file}: source ${key}, title: missing`);
    if (typeof source.url !== 'string' || !/^https?:\/\//.test(source.url))
      problems.push(`${file}: source ${key}, url: ${show(source.url)} is not an http(s) address`);
  }
  return problems;
}

/** Problems in the membership file, checked against the known source keys. */
export function validateMembership(raw: unknown, sourceKeys: ReadonlySet<string>): string[] {
  const file = DATA_FILES.membership;
  if (!isRecord(raw)) return [`${file}: expected an object`];
  const problems: string[] = [];
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

/** Validates both files together; an empty list when the data is sound. */
export function validateData(membership: unknown, sources: unknown): string[] {
  const sourceProblems = validateSources(sources);
  const keys = new Set(isRecord(sources) && isRecord(sources.sources) ? Object.keys(sources.sources) : []);
  return [...sourceProblems, ...validateMembership(membership, keys)];
}

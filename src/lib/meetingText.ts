/**
 * The meetings in the catalogue's words: names, the introduction's figures and the comparison
 * of two meetings. Apart from src/lib/meetings.ts, so that the facts need no catalogue.
 */
import {
  cstoAtTheTable,
  differences,
  meetingYear,
  type AttendeeId,
  type DifferenceKind,
  type Meeting,
  type MeetingsData,
} from './meetings.ts';
import { messages, type CstoAtTableText, type Messages } from './messages.ts';
import { isRepublicIso } from './vocabulary.ts';

/** An attendee's name as the reader sees it. */
export function attendeeName(attendee: AttendeeId, catalogue: Messages = messages): string {
  return isRepublicIso(attendee) ? catalogue.republicNames[attendee] : catalogue.meetings.organisations[attendee];
}

/** The introduction's figures of the CSTO at the table, in the catalogue's words. */
export function cstoAtTableText(data: MeetingsData, catalogue: Messages = messages): CstoAtTableText {
  const { first, firstRecord, absentYear, listedYears, meetingsSince, absentSince } = cstoAtTheTable(data);
  return {
    firstDate: first.date.slice(0, 7),
    firstYear: meetingYear(first),
    place: first.place ?? catalogue.meetings.unknownValue,
    role: firstRecord.role,
    absentYear,
    laterYears: listedYears.slice(1),
    meetingsSince,
    absentSince,
  };
}

const DIFFERENCE_ORDER: readonly DifferenceKind[] = ['new', 'gone', 'listed-now-unknown-then', 'listed-then-unknown-now'];

/**
 * The comparison in words: one sentence per kind of difference, changes first, then what one
 * side does not record (which is said to be no change). Years without a record say so.
 */
export function describeDifferences(
  now: Meeting | undefined,
  then: Meeting | undefined,
  year: number,
  other: number,
  catalogue: Messages = messages,
): string[] {
  const { compare } = catalogue.meetings;
  if (!now?.found) return [compare.nothingToCompare(year)];
  if (!then?.found) return [compare.nothingToCompare(other)];
  // Two years without meetings of their own can stand in with the same one.
  if (now === then) return [compare.sameMeeting(now.number, year)];
  const found = differences(now, then);
  if (found.length === 0) return [compare.noDifference(year, other)];
  // An attendance that rests on some sources only is never shown without its note.
  const caveats = found.flatMap(({ attendee, record }) =>
    record.othersSilent ? [compare.caveat(attendeeName(attendee, catalogue), record.note)] : [],
  );
  const sentences = DIFFERENCE_ORDER.flatMap((kind) => {
    const ofKind = found.filter((difference) => difference.kind === kind);
    if (ofKind.length === 0) return [];
    // A change names who came or stayed away; a mere gap in the record names only the attendee.
    const isChange = kind === 'new' || kind === 'gone';
    const items = catalogue.formatList(
      ofKind.map(({ attendee, record }) => {
        const name = isRepublicIso(attendee)
          ? catalogue.republicNames[attendee]
          : catalogue.meetings.organisationsInText[attendee];
        return isChange ? catalogue.meetings.inText(name, record.person, record.role) : name;
      }),
    );
    switch (kind) {
      case 'new':
        return [compare.new(year, items)];
      case 'gone':
        return [compare.gone(year, other, items)];
      case 'listed-now-unknown-then':
        return [compare.listedNowUnknownThen(year, other, items, ofKind.length)];
      case 'listed-then-unknown-now':
        return [compare.listedThenUnknownNow(year, other, items, ofKind.length)];
    }
  });
  return [...sentences, ...caveats];
}

/**
 * The graphic's data and picture to take away: one row per republic for the year in view, one
 * row per period for the whole timeline, as CSV (RFC 4180) or JSON, and the map as a
 * standalone SVG document. Pure: builds strings and plain objects; saving them (and the
 * fallback where a sandboxed frame blocks downloads) is the caller's business.
 */
import { meetings, membership, sources, updates, type Update } from './data.ts';
import { GROUPS, GROUP_COLOURS, PARTIAL_SWATCH_GROUP, PARTIAL_TIES, keyCounts, patternIdOf } from './encoding.ts';
import {
  FIRST_YEAR,
  lastYear,
  securityBlocNameAt,
  statusesAt,
  yearDate,
  yearEndDate,
  type IsoDate,
  type MembershipData,
  type Period,
  type SourceCatalogue,
} from './membership.ts';
import { isStandIn, meetingShownFor, type Attendance, type AttendeeId, type Meeting, type MeetingsData } from './meetings.ts';
import { attendeeName } from './meetingText.ts';
import { messages, type Messages } from './messages.ts';
import { BLOCS, type Bloc, type CisStatus, type CstoStatus, type RepublicIso } from './vocabulary.ts';

/** The data the downloads are made of. */
export interface DownloadData {
  membership: MembershipData;
  sources: SourceCatalogue;
  meetings: MeetingsData;
  updates: readonly Update[];
}

const DATA: DownloadData = { membership, sources, meetings, updates };

/** A source as the reader can follow it. */
export interface SourceRef {
  key: string;
  title: string;
  url: string;
}

/** One republic in the year in view: its standing in each bloc at the year's date. */
export interface YearStatusRow {
  iso: RepublicIso;
  name: string;
  cisStatus: CisStatus;
  cisStatusText: string;
  /** First day of the status; null where it held throughout, or the republic had not yet taken part. */
  cisSince: IsoDate | null;
  cisNote: string;
  cisSources: SourceRef[];
  cstoStatus: CstoStatus;
  cstoStatusText: string;
  cstoSince: IsoDate | null;
  cstoNote: string;
  cstoSources: SourceRef[];
}

/** One period of one republic in one bloc. */
export interface TimelineRow {
  iso: RepublicIso;
  name: string;
  bloc: Bloc;
  status: CisStatus | CstoStatus;
  statusText: string;
  /** First day; null when the status held throughout. */
  from: IsoDate | null;
  /** The next period's first day; null while the status is still in force. */
  to: IsoDate | null;
  note: string;
  sources: SourceRef[];
}

function sourceRefs(keys: readonly string[], catalogue: SourceCatalogue): SourceRef[] {
  return keys.map((key) => {
    // The data is validated against the catalogue before every build: a miss is a bug.
    if (!Object.hasOwn(catalogue, key)) throw new Error(`Unknown source key ${key}`);
    return { key, ...catalogue[key] };
  });
}

/** Republics in the reader's alphabetical order, so that downloads read like the table. */
function byName(data: MembershipData, catalogue: Messages): MembershipData['republics'] {
  return [...data.republics].sort((a, b) => catalogue.compareNames(a.iso, b.iso));
}

function assertYear(year: number, data: MembershipData): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > lastYear(data))
    throw new RangeError(`No data for the year ${year}: the data covers ${FIRST_YEAR} to ${lastYear(data)}`);
}

/** One row per republic, at the year's date (31 December, or the as-of date in the last year). */
export function yearStatusRows(year: number, data: DownloadData = DATA, catalogue: Messages = messages): YearStatusRow[] {
  assertYear(year, data.membership);
  const statuses = new Map(statusesAt(data.membership, yearEndDate(year, data.membership)).map((s) => [s.iso, s]));
  return byName(data.membership, catalogue).map(({ iso }) => {
    const { cis, csto, cisPeriod, cstoPeriod } = statuses.get(iso)!;
    return {
      iso,
      name: catalogue.republicNames[iso],
      cisStatus: cis,
      cisStatusText: catalogue.cisStatus[cis],
      cisSince: cisPeriod?.from ?? null,
      cisNote: cisPeriod?.note ?? '',
      cisSources: sourceRefs(cisPeriod?.sources ?? [], data.sources),
      cstoStatus: csto,
      cstoStatusText: catalogue.cstoStatus[csto],
      cstoSince: cstoPeriod?.from ?? null,
      cstoNote: cstoPeriod?.note ?? '',
      cstoSources: sourceRefs(cstoPeriod?.sources ?? [], data.sources),
    };
  });
}

/** Every period of every republic in both blocs: republics by name, CIS first, periods in order. */
export function timelineRows(data: DownloadData = DATA, catalogue: Messages = messages): TimelineRow[] {
  return byName(data.membership, catalogue).flatMap((republic) =>
    BLOCS.flatMap((bloc) => {
      const periods: readonly Period<CisStatus | CstoStatus>[] = republic[bloc];
      return periods.map((period, i) => ({
        iso: republic.iso,
        name: catalogue.republicNames[republic.iso],
        bloc,
        status: period.status,
        statusText:
          bloc === 'cis' ? catalogue.cisStatus[period.status as CisStatus] : catalogue.cstoStatus[period.status as CstoStatus],
        from: period.from,
        to: periods[i + 1]?.from ?? null,
        note: period.note,
        sources: sourceRefs(period.sources, data.sources),
      }));
    }),
  );
}

/** A CSV column: its header and how a row fills it (null is an empty cell). */
export interface CsvColumn<R> {
  label: string;
  value: (row: R) => string | number | null;
}

// Several sources in one cell: keys as "K; WT", addresses space-separated (an address has no spaces).
const keysOf = (refs: readonly SourceRef[]) => refs.map((ref) => ref.key).join('; ');
const urlsOf = (refs: readonly SourceRef[]) => refs.map((ref) => ref.url).join(' ');

/** The columns of the year download, headed in the catalogue's words. */
export function yearColumns(catalogue: Messages = messages): CsvColumn<YearStatusRow>[] {
  const label = catalogue.downloads.columns;
  return [
    { label: label.iso, value: (row) => row.iso },
    { label: label.name, value: (row) => row.name },
    { label: label.cisStatus, value: (row) => row.cisStatus },
    { label: label.cisStatusText, value: (row) => row.cisStatusText },
    { label: label.cisSince, value: (row) => row.cisSince },
    { label: label.cisNote, value: (row) => row.cisNote },
    { label: label.cisSources, value: (row) => keysOf(row.cisSources) },
    { label: label.cisSourceUrls, value: (row) => urlsOf(row.cisSources) },
    { label: label.cstoStatus, value: (row) => row.cstoStatus },
    { label: label.cstoStatusText, value: (row) => row.cstoStatusText },
    { label: label.cstoSince, value: (row) => row.cstoSince },
    { label: label.cstoNote, value: (row) => row.cstoNote },
    { label: label.cstoSources, value: (row) => keysOf(row.cstoSources) },
    { label: label.cstoSourceUrls, value: (row) => urlsOf(row.cstoSources) },
  ];
}

/** The columns of the timeline download. */
export function timelineColumns(catalogue: Messages = messages): CsvColumn<TimelineRow>[] {
  const label = catalogue.downloads.columns;
  return [
    { label: label.iso, value: (row) => row.iso },
    { label: label.name, value: (row) => row.name },
    { label: label.bloc, value: (row) => row.bloc },
    { label: label.status, value: (row) => row.status },
    { label: label.statusText, value: (row) => row.statusText },
    { label: label.from, value: (row) => row.from },
    { label: label.to, value: (row) => row.to },
    { label: label.note, value: (row) => row.note },
    { label: label.sources, value: (row) => keysOf(row.sources) },
    { label: label.sourceUrls, value: (row) => urlsOf(row.sources) },
  ];
}

const CSV_NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted (inner quotes doubled) when it holds a comma, quote, CR or LF. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header row of the labels, then one record per row, every line ending in CRLF. */
export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  const records = [columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => column.value(row)))];
  return records.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}

/** What both JSON downloads say about themselves. */
interface JsonHeader {
  title: string;
  /** The day the data is current to. */
  asOf: IsoDate;
  about: string;
  sourceLine: string;
  /** What changed in the data since it was first published, newest first. */
  updates: readonly Update[];
}

/** One attendee of a meeting as recorded, with the note that must go wherever it is shown. */
export interface AttendeeJson {
  attendee: AttendeeId;
  name: string;
  attendance: Attendance;
  attendanceText: string;
  /** Who represented the attendee, in words ("representative (not named in our sources)"). */
  who: string;
  note: string;
  /** True where the attendance rests on some of the meeting's sources only. */
  othersSilent: boolean;
  sources: SourceRef[];
}

/** One meeting of the heads of the Security Councils, as recorded. */
export interface MeetingJson {
  number: number;
  date: string;
  place: string | null;
  note: string;
  sources: SourceRef[];
  /** Attendees the sources record; any other is not recorded, never absent. */
  attendees: AttendeeJson[];
}

export interface YearJson extends JsonHeader {
  year: number;
  /** The day whose statuses the rows give. */
  date: IsoDate;
  republics: YearStatusRow[];
  /** The year's meeting or, in a year without a described one, the latest before it; null before the first. */
  meeting: MeetingJson | null;
  /** Whether `meeting` is an earlier year's, shown because this year has none described. */
  meetingIsEarlier: boolean;
}

export interface TimelineJson extends JsonHeader {
  periods: TimelineRow[];
  meetings: MeetingJson[];
}

function meetingJson(meeting: Meeting, data: DownloadData, catalogue: Messages): MeetingJson {
  return {
    number: meeting.number,
    date: meeting.date,
    place: meeting.place,
    note: meeting.note,
    sources: sourceRefs(meeting.sources, data.sources),
    attendees: meeting.attendees.map((record) => ({
      attendee: record.attendee,
      name: attendeeName(record.attendee, catalogue),
      attendance: record.attendance,
      attendanceText: catalogue.meetings.attendance[record.attendance],
      who: catalogue.meetings.person(record),
      note: record.note,
      othersSilent: record.othersSilent === true,
      sources: sourceRefs(record.sources, data.sources),
    })),
  };
}

/** The year download as a plain object, for JSON.stringify. */
export function yearJson(year: number, data: DownloadData = DATA, catalogue: Messages = messages): YearJson {
  const date = yearEndDate(year, data.membership);
  const found = meetingShownFor(data.meetings, year);
  return {
    title: catalogue.headline,
    asOf: data.membership.asOf,
    about: catalogue.downloads.about.year(catalogue.formatDate(date)),
    sourceLine: catalogue.downloads.sourceLine,
    updates: data.updates,
    year,
    date,
    republics: yearStatusRows(year, data, catalogue),
    meeting: found.shown ? meetingJson(found.shown, data, catalogue) : null,
    meetingIsEarlier: isStandIn(found),
  };
}

/** The timeline download as a plain object, for JSON.stringify. */
export function timelineJson(data: DownloadData = DATA, catalogue: Messages = messages): TimelineJson {
  return {
    title: catalogue.headline,
    asOf: data.membership.asOf,
    about: catalogue.downloads.about.timeline(catalogue.formatDate(data.membership.asOf)),
    sourceLine: catalogue.downloads.sourceLine,
    updates: data.updates,
    periods: timelineRows(data, catalogue),
    meetings: data.meetings.meetings.map((meeting) => meetingJson(meeting, data, catalogue)),
  };
}

export type DownloadKind = 'png' | 'svg' | 'csv' | 'json';

/** "cis-csto-2018.csv" for a year, "cis-csto-timeline.json" for the whole timeline. */
export function downloadFileName(kind: DownloadKind, year?: number): string {
  return `cis-csto-${year ?? 'timeline'}.${kind}`;
}

/** One entry of the image's key. */
export interface LegendItem {
  label: string;
  /** The swatch's colour. */
  fill: string;
  /** The id of a `<pattern>` defined in the map markup, drawn over the fill. */
  pattern?: string;
}

export interface StandaloneSvgOptions {
  /** The map's inner markup in its own coordinates (0 0 width height), self-contained, serialised as XML. */
  mapMarkup: string;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  sourceLine: string;
  /** The address of the view shown, printed so that the picture leads back to it. */
  url: string;
  /** The width of a text in the image's font, as the browser that makes the image draws it. */
  measure: MeasureText;
}

/** The width in px of `text` at `sizePx` in the image's font, bold or not. */
export type MeasureText = (text: string, sizePx: number, isBold: boolean) => number;

export const SVG_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SVG_TEXT_COLOUR = '#1f2933';
const SVG_BACKGROUND = '#ffffff';
const SVG_PADDING_PX = 16;
const SVG_GAP_PX = 10;
const LINE_HEIGHT = 1.3;
const TITLE_SIZE_PX = 20;
const SUBTITLE_SIZE_PX = 14;
const LEGEND_SIZE_PX = 13;
const FOOTER_SIZE_PX = 11;
const SWATCH_PX = 14;
const SWATCH_GAP_PX = 6;
const LEGEND_ITEM_GAP_PX = 18;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value, safe inside XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}

const px = (value: number) => String(Math.round(value * 10) / 10);

/** Greedy word wrap to a measured width; a word longer than a line (an address) is cut where it must be. */
function wrapLines(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const fits = (candidate: string) => widthOf(candidate) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (fits(candidate)) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        // The longest start of the word that fits, at least one character.
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        lines.push(rest.slice(0, Math.max(1, cut)));
        rest = rest.slice(Math.max(1, cut));
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of wrapped lines whose first line's top is at `top`; returns its markup and height. */
function textBlock(
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  attributes = '',
): { markup: string; height: number } {
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${px(x)}" y="${px(top + size + i * size * LINE_HEIGHT)}" font-size="${size}" fill="${SVG_TEXT_COLOUR}"${attributes}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, height: lines.length * size * LINE_HEIGHT };
}

/**
 * A complete SVG document of the map: title and subtitle on top, the map, a row of legend
 * swatches, the source line and the view's address at the bottom. Every text is escaped; the
 * only markup taken as given is the map's, which the caller serialises self-contained.
 */
export function standaloneSvg(options: StandaloneSvgOptions): string {
  const { mapMarkup, width, height, title, subtitle, legend, sourceLine, url, measure } = options;
  /** The text's width at one size of the image's type. */
  const at =
    (size: number, isBold = false) =>
    (text: string) =>
      measure(text, size, isBold);
  const textWidth = width - 2 * SVG_PADDING_PX;
  const parts: string[] = [];
  let y = SVG_PADDING_PX;

  const titleBlock = textBlock(
    wrapLines(title, textWidth, at(TITLE_SIZE_PX, true)),
    SVG_PADDING_PX,
    y,
    TITLE_SIZE_PX,
    ' font-weight="700"',
  );
  parts.push(titleBlock.markup);
  y += titleBlock.height;
  const subtitleBlock = textBlock(wrapLines(subtitle, textWidth, at(SUBTITLE_SIZE_PX)), SVG_PADDING_PX, y, SUBTITLE_SIZE_PX);
  parts.push(subtitleBlock.markup);
  y += subtitleBlock.height + SVG_GAP_PX;

  // The map keeps its own coordinates inside a nested viewport.
  parts.push(
    `<svg x="0" y="${px(y)}" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}">${mapMarkup}</svg>`,
  );
  y += height + SVG_GAP_PX;

  // Legend items flow left to right and wrap; a label too long for a line wraps within its item.
  const legendWidth = at(LEGEND_SIZE_PX);
  const labelIndent = SWATCH_PX + SWATCH_GAP_PX;
  let x = SVG_PADDING_PX;
  let rowHeight = 0;
  for (const item of legend) {
    const lines = wrapLines(item.label, textWidth - labelIndent, legendWidth);
    const itemWidth = labelIndent + Math.max(...lines.map(legendWidth), 0);
    if (x > SVG_PADDING_PX && x + itemWidth > width - SVG_PADDING_PX) {
      y += rowHeight + SVG_GAP_PX / 2;
      x = SVG_PADDING_PX;
      rowHeight = 0;
    }
    const swatchTop = y + (LEGEND_SIZE_PX * LINE_HEIGHT - SWATCH_PX) / 2;
    const swatch = `x="${px(x)}" y="${px(swatchTop)}" width="${SWATCH_PX}" height="${SWATCH_PX}"`;
    parts.push(`<rect ${swatch} fill="${escapeXml(item.fill)}" stroke="${SVG_TEXT_COLOUR}" stroke-width="0.5"/>`);
    if (item.pattern) parts.push(`<rect ${swatch} fill="url(#${escapeXml(item.pattern)})"/>`);
    const label = textBlock(lines, x + labelIndent, y, LEGEND_SIZE_PX);
    parts.push(label.markup);
    rowHeight = Math.max(rowHeight, label.height);
    x += itemWidth + LEGEND_ITEM_GAP_PX;
  }
  if (legend.length > 0) y += rowHeight + SVG_GAP_PX;

  for (const text of [sourceLine, url]) {
    const block = textBlock(wrapLines(text, textWidth, at(FOOTER_SIZE_PX)), SVG_PADDING_PX, y, FOOTER_SIZE_PX);
    parts.push(block.markup);
    y += block.height;
  }
  const totalHeight = y + SVG_PADDING_PX;

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" role="img"` +
    ` width="${px(width)}" height="${px(totalHeight)}" viewBox="0 0 ${px(width)} ${px(totalHeight)}"` +
    ` font-family="${escapeXml(SVG_FONT_STACK)}">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(subtitle)}</desc>` +
    `<rect width="100%" height="100%" fill="${SVG_BACKGROUND}"/>` +
    parts.join('') +
    '</svg>\n'
  );
}

/** What a map image says around the map: everything `standaloneSvg` needs but the map and the address. */
export type MapImageCaption = Pick<StandaloneSvgOptions, 'title' | 'subtitle' | 'legend' | 'sourceLine'>;

/**
 * Title, subtitle, key and source line of the map image for a year. The key has the colours
 * and words of the map's own key, each entry with its bloc's name (the image has no headings)
 * and how many republics carry it; the neighbours' grey is the page's, so the caller gives it.
 */
export function mapImageCaption(
  year: number,
  contextFill: string,
  data: DownloadData = DATA,
  catalogue: Messages = messages,
): MapImageCaption {
  assertYear(year, data.membership);
  const date = yearEndDate(year, data.membership);
  const statuses = statusesAt(data.membership, date);
  const securityBlocName = catalogue.blocNames[securityBlocNameAt(data.membership, date)];
  const counts = keyCounts(statuses);
  const groupItems = GROUPS.map((group) => ({
    label: catalogue.downloads.legendEntry(catalogue.euler.regionLabels[group](securityBlocName), counts.groups[group]),
    fill: GROUP_COLOURS[group],
  }));
  // As in the map's key, each pattern is drawn over the group most partial ties are in.
  const partialLabels = catalogue.legend.partialTies(securityBlocName);
  const partialItems = PARTIAL_TIES.map((tie) => ({
    label: catalogue.downloads.legendEntry(partialLabels[tie], counts.partial[tie]),
    fill: GROUP_COLOURS[PARTIAL_SWATCH_GROUP],
    pattern: patternIdOf(tie),
  }));
  return {
    title: `${catalogue.headline}${catalogue.printYear(yearDate(year, data.membership))}`,
    subtitle: catalogue.downloads.imageSubtitle(catalogue.formatDate(date)),
    legend: [...groupItems, ...partialItems, { label: catalogue.legend.context, fill: contextFill }],
    sourceLine: catalogue.downloads.sourceLine,
  };
}

/**
 * The catalogue of the page's language, and the shape every language's catalogue has. Each
 * page is built with one language (`#catalogue` in package.json points at it), so a page ships
 * its own words only; the code that builds sentences hands them data, never English words.
 */
import type { catalogue as en } from './messages/en.ts';
import type { IsoDate } from './membership.ts';
import type { RepublicIso } from './vocabulary.ts';
import { catalogue } from '#catalogue';

/** Every message of the graphic: English's catalogue sets the shape, and every language satisfies it. */
export type Messages = typeof en;

/** The catalogue in use. */
export const messages: Messages = catalogue;

/** What a change sentence is made of: who changed and when, for each language to word itself. */
export interface ChangePhrase {
  /** Who changed, in the order of their dates, each with its day unless they all share one. */
  republics: readonly { iso: RepublicIso; date: IsoDate | null }[];
  /** The day every one of them changed on, or null when their days differ. */
  date: IsoDate | null;
  /** The security bloc's name at that date. */
  blocName: string;
  /** Back to a status left before. */
  isReturn: boolean;
}

/** What the introduction says of the CSTO at the table, worked out from the meetings' data. */
export interface CstoAtTableText {
  /** The first meeting a source lists the CSTO at: its date as precise as known. */
  firstDate: string;
  firstYear: number;
  place: string;
  /** How the CSTO was represented there: "acting Secretary General". */
  role: string | null;
  /** The latest meeting before it that records the CSTO absent, or null. */
  absentYear: number | null;
  /** Later meetings that list it, ascending. */
  laterYears: readonly number[];
  /** Described meetings from the first listed one on, that one included. */
  meetingsSince: number;
  /** Of those, how many record it absent. */
  absentSince: number;
}

/**
 * The checked data, typed. The JSON files are validated by src/lib/validate.ts before every
 * build and in the tests, so the casts here only name what the validation already proved.
 */
import meetingsFile from '../../data/meetings.json';
import membershipFile from '../../data/membership.json';
import sourcesFile from '../../data/sources.json';
import updatesFile from '../../data/updates.json';
import type { MeetingsData } from './meetings.ts';
import type { IsoDate, MembershipData, SourceCatalogue } from './membership.ts';

export const membership = membershipFile as MembershipData;
export const sources: SourceCatalogue = sourcesFile.sources;
export const meetings = meetingsFile as MeetingsData;

/** A dated note to readers of what changed in the data, newest first. */
export interface Update {
  date: IsoDate;
  /** Cites sources by key in brackets, as the periods' notes do. */
  text: string;
  sources: string[];
}

export const updates: readonly Update[] = updatesFile.updates;
/** The day the data was last updated: the newest entry's. */
export const lastUpdated: IsoDate = updates[0].date;

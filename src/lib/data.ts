/**
 * The checked data, typed. The JSON files are validated by src/lib/validate.ts before every
 * build and in the tests, so the casts here only name what the validation already proved.
 */
import meetingsFile from '../../data/meetings.json';
import membershipFile from '../../data/membership.json';
import sourcesFile from '../../data/sources.json';
import type { MeetingsData } from './meetings.ts';
import type { MembershipData, SourceCatalogue } from './membership.ts';

export const membership = membershipFile as MembershipData;
export const sources: SourceCatalogue = sourcesFile.sources;
export const meetings = meetingsFile as MeetingsData;

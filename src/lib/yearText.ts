/**
 * The words that name a year wherever it is shown: the map's summary line and the slider's
 * spoken value. One place, so that the app and the page before it (src/lib/earlyView.ts) say
 * the same.
 */
import { groupsOf, type RepublicStatus, type YearDate } from './membership.ts';
import { messages, type Messages } from './messages.ts';

/** "31 December 2018: 10 of the 15 republics in the CIS, 6 in the CSTO, 5 in neither." */
export function mapSummary(
  when: YearDate,
  statuses: readonly RepublicStatus[],
  securityBlocName: string,
  catalogue: Messages = messages,
): string {
  const groups = groupsOf(statuses);
  return catalogue.summary(
    catalogue.formatDate(when.date),
    groups.inCis.length,
    groups.inCsto.length,
    groups.inNeither.length,
    securityBlocName,
    statuses.filter((s) => s.cis === 'signatory').length,
  );
}

/** "2018: 10 in the CIS, 6 in the CSTO": the year slider's aria-valuetext. */
export function sliderValueText(
  when: YearDate,
  statuses: readonly RepublicStatus[],
  securityBlocName: string,
  catalogue: Messages = messages,
): string {
  const groups = groupsOf(statuses);
  return catalogue.year.valueText(when, groups.inCis.length, groups.inCsto.length, securityBlocName);
}

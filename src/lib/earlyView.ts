/**
 * The page before its app: a reader's first touch of the year slider moves the map, the year and
 * the year's changes at once, whether or not the app's code has arrived. The build writes every
 * year's look and words, made by the app's own functions, into a JSON block of the page; the
 * first script (src/lib/firstScript.ts) runs `followYearsEarly` on it until the app takes over.
 * What cannot follow (the key, the diagram, the table, the meetings) is dimmed and said to be
 * catching up.
 */
import { changeYears, summariseYear } from './changes.ts';
import { GROUPS, GROUP_COLOURS, PARTIAL_TIES, partialTiesOf, patternIdOf } from './encoding.ts';
import { regionOf } from './euler.ts';
import { securityBlocNameAt, statusesAt, yearDate, yearsOf, type MembershipData } from './membership.ts';
import { messages, type Messages } from './messages.ts';
import { REPUBLIC_ISO_CODES } from './vocabulary.ts';
import { mapSummary, sliderValueText } from './yearText.ts';

/**
 * Words the page need not repeat: the previous year's, with that year's number changed to this
 * one's ("1996: No change in membership." after "1995: …"). The first script writes them out again.
 */
export const SAME_AS_YEAR_BEFORE = 0;
type EarlyWords = string | typeof SAME_AS_YEAR_BEFORE;

/** One year: each republic's mark, then the words of what changed, of the map's summary and of the slider. */
export type EarlyYear = [marks: string, changes: EarlyWords, summary: EarlyWords, valueText: EarlyWords];

export interface EarlyView {
  first: number;
  /** The republics in the order of each year's marks. */
  isos: readonly string[];
  /** A mark is one hexadecimal digit: its group's index, plus 4 × the bits of its partial ties. */
  groups: readonly string[];
  colours: readonly string[];
  ties: readonly string[];
  patterns: readonly string[];
  /** The years the previous- and next-change buttons go to. */
  changeYears: readonly number[];
  years: EarlyYear[];
}

/** The mark of a republic's status: group and partial ties in one digit. */
export function markOf(status: Parameters<typeof regionOf>[0] & Parameters<typeof partialTiesOf>[0]): string {
  const tieBits = partialTiesOf(status).reduce((bits, tie) => bits | (1 << PARTIAL_TIES.indexOf(tie)), 0);
  return (GROUPS.indexOf(regionOf(status)) + 4 * tieBits).toString(16);
}

/** Words with one year's number changed to another's, as the first script does: `split` and `join`. */
const withYear = (text: string, from: number, to: number) => text.split(String(from)).join(String(to));

export function earlyViewOf(data: MembershipData, catalogue: Messages = messages): EarlyView {
  const years = yearsOf(data);
  const inFull = years.map((year) => {
    const when = yearDate(year, data);
    const statuses = statusesAt(data, when.date);
    const byIso = new Map(statuses.map((status) => [status.iso, status]));
    const blocName = catalogue.blocNames[securityBlocNameAt(data, when.date)];
    return {
      marks: REPUBLIC_ISO_CODES.map((iso) => markOf(byIso.get(iso)!)).join(''),
      words: [
        summariseYear(data, year, catalogue).text,
        mapSummary(when, statuses, blocName, catalogue),
        sliderValueText(when, statuses, blocName, catalogue),
      ],
    };
  });
  /** A year's words, or SAME_AS_YEAR_BEFORE where they are the year before's with the number changed. */
  const shortened = (text: string, year: number, before: string | undefined): EarlyWords =>
    before !== undefined && withYear(before, year - 1, year) === text ? SAME_AS_YEAR_BEFORE : text;
  return {
    first: years[0],
    isos: REPUBLIC_ISO_CODES,
    groups: GROUPS,
    colours: GROUPS.map((group) => GROUP_COLOURS[group]),
    ties: PARTIAL_TIES,
    patterns: PARTIAL_TIES.map((tie) => `url(#${patternIdOf(tie)})`),
    changeYears: changeYears(data),
    years: inFull.map(({ marks, words }, i) => {
      const [changes, summary, valueText] = words.map((text, k) => shortened(text, years[i], inFull[i - 1]?.words[k]));
      return [marks, changes, summary, valueText];
    }),
  };
}

/** The page's names the early script works with. */
export interface EarlyNames {
  viewId: string;
  sliderId: string;
  appRunningAttribute: string;
  catchingUpClass: string;
  viewPendingClass: string;
  /** The address's parameters that ask for nothing the prerendered page cannot show but the year. */
  yearParameter: string;
  viewParameters: readonly string[];
}

/**
 * The first script's part that moves the prerendered map, year and changes to the slider's year
 * until the app runs, and shows the address's year, when that is all it asks for, once the page
 * is in. Plain JS text, as the rest of that script, so that its hash is the same wherever it is
 * built.
 */
export const followYearsEarly = (names: EarlyNames) =>
  [
    `var names=${JSON.stringify(names)},root=document.documentElement,view;`,
    'function setText(selector,text){var element=document.querySelector("#app "+selector);if(element)element.textContent=text}',
    'function show(year){',
    // The block follows the drawn page: a touch while the page is still arriving may come before it.
    'if(!view){var block=document.getElementById(names.viewId);view=block&&JSON.parse(block.textContent);',
    // Words the page did not repeat (SAME_AS_YEAR_BEFORE): the year before's, with the number changed.
    `if(view)view.years.forEach(function(entry,i){for(var k=1;k<4;k++)if(entry[k]===${JSON.stringify(SAME_AS_YEAR_BEFORE)})entry[k]=view.years[i-1][k].split(view.first+i-1).join(view.first+i)})}`,
    'var entry=view&&view.years[year-view.first];if(!entry)return false;',
    'function markOf(iso){return parseInt(entry[0].charAt(view.isos.indexOf(iso)),16)}',
    'document.querySelectorAll("#app use[data-iso], #app use[data-inset-iso]").forEach(function(shape){',
    'var mark=markOf(shape.getAttribute("data-iso")||shape.getAttribute("data-inset-iso"));',
    'shape.setAttribute("fill",view.colours[mark%4]);shape.setAttribute("data-group",view.groups[mark%4])});',
    'document.querySelectorAll("#app [data-tie] use").forEach(function(pattern){',
    'var tie=view.ties.indexOf(pattern.parentNode.getAttribute("data-tie"));',
    'pattern.setAttribute("fill",(markOf(pattern.getAttribute("href").slice(-3))>>2)&(1<<tie)?view.patterns[tie]:"none")});',
    'var slider=document.getElementById(names.sliderId);if(slider)slider.setAttribute("aria-valuetext",entry[3]);',
    'function changeButton(action,to){var button=document.querySelector("#app [data-action="+action+"]");if(!button)return;',
    'button.disabled=to===undefined;button.querySelector("[data-change-year]").textContent=to===undefined?"":String(to)}',
    'changeButton("previous-change",view.changeYears.filter(function(y){return y<year}).pop());',
    'changeButton("next-change",view.changeYears.filter(function(y){return y>year})[0]);',
    'setText(".year-controls .year",String(year));setText("[data-what-changed]",entry[1]);setText("#map-summary",entry[2]);',
    'root.classList.add(names.catchingUpClass);return true}',
    'document.addEventListener("input",function(event){var slider=event.target;',
    'if(slider.id===names.sliderId&&!root.hasAttribute(names.appRunningAttribute))show(Number(slider.value))},true);',
    'var query=new URLSearchParams(location.search),asked=query.get(names.yearParameter),onlyYear=true;',
    'query.forEach(function(value,name){if(name!==names.yearParameter&&names.viewParameters.indexOf(name)<0)onlyYear=false});',
    'if(asked&&onlyYear&&/^[0-9]{4}$/.test(asked))document.addEventListener("DOMContentLoaded",function(){',
    'var slider=document.getElementById(names.sliderId);',
    'if(!slider||root.hasAttribute(names.appRunningAttribute)||!show(Number(asked)))return;',
    'slider.value=asked;root.classList.remove(names.viewPendingClass)});',
  ].join('');

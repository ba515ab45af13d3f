/**
 * The one inline script of the page, run in <head> before the first paint. It applies a theme
 * the host asked for and the embedded layout (the whole graphic or one part), and hides the prerendered default view when the
 * address asks for another one, so that a reader never sees the wrong year flash by before the
 * app starts.
 * It also queues what a reader does before the module script runs (src/earlyInput.ts): on a slow
 * network the page is read, and acted on, while it is still arriving. And the year slider moves
 * the map, the year and its changes from the first touch, with or without the app (src/lib/earlyView.ts).
 * In a sandboxed frame it stops every click on a link to a new tab: no frame can be asked whether
 * its sandbox allows pop-ups, and a refused one logs an error; the app offers the address instead.
 * It makes the links to the page in other languages absolute, as search engines need them, and
 * has a link to another language pressed before the app runs keep the address's view.
 * It fetches the maps' outlines once the page has painted (src/build/plugins.ts): they need none
 * of the app, which may never come, and a failure says so with a button to try again. It then
 * lets the browser fetch the rules for paper, which the page links disabled.
 * The CSP (src/build/hosting.ts) allows exactly this script, by its hash.
 */
import { followYearsEarly } from './earlyView.ts';
import {
  APP_RUNNING_ATTRIBUTE,
  CATCHING_UP_CLASS,
  EARLY_INPUT_EVENTS,
  EARLY_INPUT_QUEUE,
  EARLY_VIEW_ID,
  EMBED_CLASS,
  INTENT_EVENTS,
  NEW_TAB_REFUSED_EVENT,
  OUTLINES_FAILED_CLASS,
  OUTLINES_FILE_ATTRIBUTE,
  OUTLINES_RETRY_ATTRIBUTE,
  PART_ATTRIBUTE,
  PLACING_NAMES_CLASS,
  VIEW_PENDING_CLASS,
  YEAR_SLIDER_ID,
} from './pageFlags.ts';
import { EMBED_ON, PARTS, PARTS_DRAWN_LATER, PYM_PARAMETER_NAMES, THEMES } from './url.ts';

// The same rules as parseViewParams (theme), embeddedPart and asksForAnotherView, in the browser's oldest JS.
export const FIRST_SCRIPT = [
  '(function(){',
  'var query=new URLSearchParams(location.search),root=document.documentElement,theme=query.get("theme");',
  `if(${JSON.stringify(THEMES)}.indexOf(theme)>=0)root.dataset.theme=theme;`,
  `var isEmbed=query.get("embed")==="${EMBED_ON}",part=isEmbed&&${JSON.stringify(PARTS)}.indexOf(query.get("part"))>=0?query.get("part"):null;`,
  `root.classList.add("${PLACING_NAMES_CLASS}");if(isEmbed)root.classList.add("${EMBED_CLASS}");`,
  `if(part)root.setAttribute("${PART_ATTRIBUTE}",part);`,
  // A part the page leaves to the app waits, unseen, for it, as another view would.
  `if(${JSON.stringify(PARTS_DRAWN_LATER)}.indexOf(part)>=0)root.classList.add("${VIEW_PENDING_CLASS}");`,
  `query.forEach(function(value,name){if(${JSON.stringify(PYM_PARAMETER_NAMES)}.indexOf(name)<0&&!(name==="embed"&&value==="${EMBED_ON}")&&!(name==="part"&&value===part))root.classList.add("${VIEW_PENDING_CLASS}")});`,
  // Search engines want each language's address whole, and only the host knows it: the build writes it relative.
  'document.querySelectorAll("link[hreflang]").forEach(function(link){link.setAttribute("href",link.href)});',
  // Until the app keeps the links to other languages on the view, a press takes the address's view along.
  'document.addEventListener("click",function(event){var link=event.target instanceof Element&&event.target.closest("a[hreflang]");if(link&&!link.search)link.search=location.search},true);',
  `var early=window.${EARLY_INPUT_QUEUE}=[];`,
  `${JSON.stringify([...EARLY_INPUT_EVENTS, ...INTENT_EVENTS])}.forEach(function(type){document.addEventListener(type,function(event){if(window.${EARLY_INPUT_QUEUE}===early)early.push(event)},{capture:true,passive:true})});`,
  // Only a frame can be sandboxed; a sandbox makes the origin opaque, or forbids this assignment.
  'var sandboxed;document.addEventListener("click",function(event){',
  'var link=event.target instanceof Element&&event.target.closest(\'a[target="_blank"]\');',
  'if(!link||window.top===window)return;',
  'if(sandboxed===undefined){sandboxed=window.origin==="null";if(!sandboxed)try{document.domain=document.domain}catch(error){sandboxed=true}}',
  'if(!sandboxed)return;',
  `event.preventDefault();link.dispatchEvent(new CustomEvent("${NEW_TAB_REFUSED_EVENT}",{bubbles:true}))},true);`,
  '})();(function(){',
  followYearsEarly({
    viewId: EARLY_VIEW_ID,
    sliderId: YEAR_SLIDER_ID,
    appRunningAttribute: APP_RUNNING_ATTRIBUTE,
    catchingUpClass: CATCHING_UP_CLASS,
    viewPendingClass: VIEW_PENDING_CLASS,
    yearParameter: 'year',
    viewParameters: ['embed', 'part', 'theme', ...PYM_PARAMETER_NAMES],
  }),
  '})();(function(){',
  'var root=document.documentElement,holder;',
  'function load(){',
  `holder=holder||document.querySelector("svg[${OUTLINES_FILE_ATTRIBUTE}]");if(!holder||holder.firstChild)return;`,
  `root.classList.remove("${OUTLINES_FAILED_CLASS}");`,
  `fetch(holder.getAttribute("${OUTLINES_FILE_ATTRIBUTE}")).then(function(response){if(!response.ok)throw new Error("HTTP "+response.status);return response.text()})`,
  '.then(function(text){var defs=new DOMParser().parseFromString(text,"image/svg+xml").querySelector("defs");',
  'if(!defs)throw new Error("no definitions in the file");holder.replaceChildren(document.importNode(defs,true))})',
  `.catch(function(error){root.classList.add("${OUTLINES_FAILED_CLASS}");console.error("The map's outlines could not be loaded:",error)})}`,
  // After the first paint, so that they never delay it; a page that is not painted (a hidden tab) gets them after its load.
  // The rules for paper too (src/build/prerender.ts): a stylesheet fetched before the paint counts against it in Lighthouse's model.
  'var started=false;function start(){if(started)return;started=true;load();',
  'var paper=document.querySelector(\'link[media="print"]\');if(paper)paper.disabled=false}',
  'try{new PerformanceObserver(function(list,observer){observer.disconnect();start()}).observe({type:"paint",buffered:true})}catch(error){}',
  'addEventListener("load",function(){setTimeout(start,1000)});',
  `document.addEventListener("click",function(event){if(event.target instanceof Element&&event.target.closest("[${OUTLINES_RETRY_ATTRIBUTE}]"))load()});`,
  '})();',
].join('');

/**
 * The one inline script of the page, run in <head> before the first paint. It applies a theme
 * the host asked for and the embedded layout, and hides the prerendered default view when the
 * address asks for another one, so that a reader never sees the wrong year flash by before the
 * app starts.
 * It queues what a reader does until that script takes over (src/earlyInput.ts). It also loads
 * the page's module script, named in its `data-entry` (src/build/prerender.ts), once the document
 * is parsed and has painted: the default view is whole without it, so nothing it fetches or runs
 * stands between the reader and the first paint. It loads sooner if the address asks for another
 * view or the reader has already acted, and a page that never paints (a hidden tab, a frame
 * scrolled away) still gets it within a second.
 * The CSP (src/build/hosting.ts) allows exactly this script, by its hash.
 */
import { EARLY_INPUT_EVENTS, EARLY_INPUT_QUEUE, EMBED_CLASS, INTENT_EVENTS, VIEW_PENDING_CLASS } from './pageFlags.ts';
import { EMBED_ON, PYM_PARAMETER_NAMES, THEMES } from './url.ts';

/** The attribute of the first script's tag that names the module script to load. */
export const ENTRY_ATTRIBUTE = 'data-entry';
/** When the module script loads on a page that has not painted yet. */
export const ENTRY_AT_THE_LATEST_MS = 1000;

// The same rules as parseViewParams (theme) and asksForAnotherView, in the browser's oldest JS.
export const FIRST_SCRIPT = [
  '(function(){',
  'var query=new URLSearchParams(location.search),root=document.documentElement,theme=query.get("theme");',
  `if(${JSON.stringify(THEMES)}.indexOf(theme)>=0)root.dataset.theme=theme;`,
  `var embedded=function(name,value){return name==="embed"&&value==="${EMBED_ON}"};`,
  `if(embedded("embed",query.get("embed")))root.classList.add("${EMBED_CLASS}");`,
  `query.forEach(function(value,name){if(${JSON.stringify(PYM_PARAMETER_NAMES)}.indexOf(name)<0&&!embedded(name,value))root.classList.add("${VIEW_PENDING_CLASS}")});`,
  `var early=window.${EARLY_INPUT_QUEUE}=[],loaded=false,load=function(){};`,
  `${JSON.stringify([...EARLY_INPUT_EVENTS, ...INTENT_EVENTS])}.forEach(function(type){document.addEventListener(type,function(event){if(window.${EARLY_INPUT_QUEUE}!==early)return;early.push(event);if(${JSON.stringify(INTENT_EVENTS)}.indexOf(type)>=0)load()},{capture:true,passive:true})});`,
  `var entry=document.currentScript&&document.currentScript.getAttribute("${ENTRY_ATTRIBUTE}");`,
  'if(entry)document.addEventListener("DOMContentLoaded",function(){',
  'load=function(){if(loaded)return;loaded=true;var script=document.createElement("script");script.type="module";script.src=entry;document.head.appendChild(script)};',
  `if(root.classList.contains("${VIEW_PENDING_CLASS}")||early.length)return load();`,
  'try{new PerformanceObserver(function(list){if(list.getEntriesByName("first-contentful-paint").length)load()}).observe({type:"paint",buffered:true})}catch(error){}',
  `setTimeout(load,${ENTRY_AT_THE_LATEST_MS})});`,
  '})();',
].join('');

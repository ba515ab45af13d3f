/**
 * The one inline script of the page, run in <head> before the first paint. It applies a theme
 * the host asked for, and hides the prerendered default view when the address asks for
 * another one, so that a reader never sees the wrong year flash by before the app starts.
 * The CSP (src/build/hosting.ts) allows exactly this script, by its hash.
 */
import { VIEW_PENDING_CLASS } from './pageFlags.ts';
import { PYM_PARAMETER_NAMES, THEMES } from './url.ts';

// The same rules as parseViewParams (theme) and asksForAnotherView, in the browser's oldest JS.
export const FIRST_SCRIPT = [
  '(function(){',
  'var query=new URLSearchParams(location.search),root=document.documentElement,theme=query.get("theme");',
  `if(${JSON.stringify(THEMES)}.indexOf(theme)>=0)root.dataset.theme=theme;`,
  `query.forEach(function(value,name){if(${JSON.stringify(PYM_PARAMETER_NAMES)}.indexOf(name)<0)root.classList.add("${VIEW_PENDING_CLASS}")});`,
  '})();',
].join('');

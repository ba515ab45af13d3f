import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { startAutoHeight } from './autoHeight.ts';
import { VIEW_PENDING_CLASS } from './lib/firstScript.ts';
import { datawrapperKeyOf, pymChildId } from './lib/embed.ts';
import { asksForAnotherView } from './lib/url.ts';
import './global.css';

// Who the graphic is to its host is read before the address starts following the reader.
const frame = { childId: pymChildId(location.search), datawrapperKey: datawrapperKeyOf(location.pathname), src: location.href };

const target = document.getElementById('app')!;
const props = { search: location.search };
// The page arrives holding the default view: the app takes it over as it is, or draws the
// view the address asks for in its place (the first script has kept the default one hidden).
if (target.hasChildNodes() && !asksForAnotherView(location.search)) {
  hydrate(App, { target, props });
} else {
  target.replaceChildren();
  mount(App, { target, props });
}
document.documentElement.classList.remove(VIEW_PENDING_CLASS);
startAutoHeight(frame);

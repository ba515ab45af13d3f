import { mount } from 'svelte';
import App from './App.svelte';
import { startAutoHeight } from './autoHeight.ts';
import { datawrapperKeyOf, pymChildId } from './lib/embed.ts';
import { parseViewParams } from './lib/url.ts';
import { YEAR_RANGE } from './state.svelte.ts';
import './global.css';

// Who the graphic is to its host is read before the address starts following the reader.
const frame = { childId: pymChildId(location.search), datawrapperKey: datawrapperKeyOf(location.pathname), src: location.href };

// A theme the host asked for applies before the first paint, not after the app has started.
const { theme } = parseViewParams(location.search, YEAR_RANGE).view;
if (theme !== null) document.documentElement.dataset.theme = theme;

mount(App, { target: document.getElementById('app')!, props: { search: location.search } });
startAutoHeight(frame);

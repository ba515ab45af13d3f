import { mount } from 'svelte';
import App from './App.svelte';
import { startAutoHeight } from './autoHeight.ts';
import { datawrapperKeyOf, pymChildId } from './lib/embed.ts';
import './global.css';

// Who the graphic is to its host is read before the address starts following the reader.
const frame = { childId: pymChildId(location.search), datawrapperKey: datawrapperKeyOf(location.pathname), src: location.href };

mount(App, { target: document.getElementById('app')!, props: { search: location.search } });
startAutoHeight(frame);

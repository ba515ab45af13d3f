// The naive reference's entry: the outlines are computed in the browser (./geometry.ts, which the
// app also reads as `virtual:map-layout`), inserted into the page, then the app mounts into an
// empty #app. No prerender, no hydration, nothing else started.
import { mount } from 'svelte';
import App from '../../../src/App.svelte';
import { definitions } from './geometry.ts';
import '../../../src/global.css';
import '../../../src/app.css';
import { APP_RUNNING_ATTRIBUTE } from '../../../src/lib/pageFlags.ts';

document.body.insertAdjacentHTML('afterbegin', definitions);
mount(App, { target: document.getElementById('app')!, props: { search: location.search } });
// The same sign as ours gives once its app runs, for the bench to wait on.
document.documentElement.setAttribute(APP_RUNNING_ATTRIBUTE, '');

// Loaded at build time by src/build/prerender.ts, through Vite, to render the app on the server
// with the page's catalogue and data in its language, as the browser will have them.
import { render } from 'svelte/server';
import App from '../App.svelte';
import { membership } from '../lib/data.ts';
import { earlyViewOf } from '../lib/earlyView.ts';

export { messages } from '../lib/messages.ts';

/** The default view (an address without a query) as HTML for the page's body, the parts below the maps left to the app. */
export const renderDefaultView = () => render(App, { props: { search: '', drawsLowerPartsLater: true } });

/** What the first script needs to follow the slider before the app runs. */
export const earlyView = () => earlyViewOf(membership);

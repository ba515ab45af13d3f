// Loaded at build time by src/build/prerender.ts, through Vite, to render the app on the server.
import { render } from 'svelte/server';
import App from '../App.svelte';

/** The default view (an address without a query) as HTML for the page's body. */
export const renderDefaultView = () => render(App, { props: { search: '' } });

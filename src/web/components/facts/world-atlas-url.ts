/// <reference types="vite/client" />
// The world-atlas countries as a file of their own (JSON, fetched when a map is drawn): parsing
// data as JSON costs the browser less than the same data compiled into a script.
import url from 'world-atlas/countries-110m.json?url';

export const WORLD_ATLAS_URL: string = url;

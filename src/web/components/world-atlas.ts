/// <reference types="vite/client" />
// The world-atlas countries (Natural Earth 1:110m as TopoJSON), as a file of their own fetched when a
// map is drawn: parsing data as JSON costs the browser less than the same data compiled into a
// script. Kept apart from the drawing code, so a route can start the fetch before that code loads.
import type { Topology } from 'topojson-specification';
import url from 'world-atlas/countries-110m.json?url';

export const WORLD_ATLAS_URL: string = url;

export async function loadWorldAtlas(): Promise<Topology> {
  const response = await fetch(WORLD_ATLAS_URL);
  if (!response.ok)
    throw new Error(`The world atlas could not be fetched (HTTP ${response.status}).`);
  return (await response.json()) as Topology;
}

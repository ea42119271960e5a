import type { Plugin } from 'vite';
import { paletteToCss } from './palette';

const id = 'virtual:palette.css';

/** A Vite plugin serving the palette as CSS, so colours are defined once (palette.ts) for CSS, charts and images. */
export function paletteCss(): Plugin {
  return {
    name: 'znpp:palette-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? paletteToCss() : undefined),
  };
}

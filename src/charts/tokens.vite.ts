import type { Plugin } from 'vite';
import { paletteToCss } from './palette';
import { layoutVariantCss } from './text';

const id = 'virtual:chart-tokens.css';

/** A Vite plugin serving the palette and the layout-width breakpoints as CSS, so both are defined once, in TypeScript. */
export function chartTokensCss(): Plugin {
  return {
    name: 'znpp:chart-tokens-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `${paletteToCss()}\n${layoutVariantCss()}` : undefined),
  };
}

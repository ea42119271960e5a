/** Colour roles of the site and its charts. */
export interface Scheme {
  background: string;
  surface: string;
  text: string;
  textMuted: string;
  border: string;
  accent: string;
  focus: string;
  us: string;
  ukraine: string;
  russia: string;
  /** Text drawn on top of a party's mark. */
  onMark: string;
  /** Status badges: confirmed, needing caution (unconfirmed, disputed, weak), wrong in the reports. */
  confirmed: string;
  caution: string;
  wrong: string;
  /** Locator map: sea, neighbouring land and Ukraine (area fills under labels), and the two oblast hatchings (marks). */
  mapWater: string;
  mapLand: string;
  mapUkraine: string;
  mapPlant: string;
  mapDonbas: string;
}

/** The one palette: light and dark schemes. Contrast rules are unit-tested (marks ≥ 3:1, text ≥ 4.5:1). */
export const palette: { light: Scheme; dark: Scheme } = {
  light: {
    background: '#fbfaf7',
    surface: '#f0eee8',
    text: '#1b1b1f',
    textMuted: '#55565c',
    border: '#8a8a90',
    accent: '#1f5fa8',
    focus: '#1f5fa8',
    us: '#2a5aa0',
    ukraine: '#8a5a00',
    russia: '#a8322a',
    onMark: '#ffffff',
    confirmed: '#1d6b3a',
    caution: '#8a4b00',
    wrong: '#b02a20',
    mapWater: '#dbe7f0',
    mapLand: '#e6e4dd',
    mapUkraine: '#fbf3dc',
    mapPlant: '#1f5fa8',
    mapDonbas: '#8a3f8f',
  },
  dark: {
    background: '#15171b',
    surface: '#22252b',
    text: '#ecebe8',
    textMuted: '#b4b4ba',
    border: '#7c7e86',
    accent: '#8db6ee',
    focus: '#8db6ee',
    us: '#86aee8',
    ukraine: '#e2b34a',
    russia: '#f08a7e',
    onMark: '#15171b',
    confirmed: '#7fd19b',
    caution: '#f0b860',
    wrong: '#ff8f82',
    mapWater: '#1a2633',
    mapLand: '#2a2c32',
    mapUkraine: '#322d21',
    mapPlant: '#8db6ee',
    mapDonbas: '#e0a3e6',
  },
};

/** Roles that are text and must reach 4.5:1 against the background and surface. */
export const textRoles = ['text', 'textMuted', 'accent', 'confirmed', 'caution', 'wrong'] as const;
/** Roles that are marks (bars, lines, focus rings) and must reach 3:1 against the background. */
export const markRoles = ['us', 'ukraine', 'russia', 'border', 'focus', 'mapPlant', 'mapDonbas'] as const;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const cssName = (role: string) => `--c-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const declarations = (scheme: Scheme) =>
  Object.entries(scheme)
    .map(([role, value]) => `${cssName(role)}:${value};`)
    .join('');

/** The palette as CSS custom properties: light by default, dark by preference, either forced by data-theme. */
export function paletteToCss(): string {
  return [
    `:root{color-scheme:light dark;${declarations(palette.light)}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){${declarations(palette.dark)}}}`,
    `:root[data-theme="light"]{color-scheme:light}`,
    `:root[data-theme="dark"]{color-scheme:dark;${declarations(palette.dark)}}`,
  ].join('\n');
}

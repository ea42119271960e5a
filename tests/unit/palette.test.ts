import { describe, expect, it } from 'vitest';
import { contrastRatio, markRoles, palette, paletteToCss, textRoles } from '../../src/charts/palette';

const schemes = Object.entries(palette) as [string, (typeof palette)['light']][];

describe('palette contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('contrastRatio(%s, %s) ≈ %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });

  for (const [name, scheme] of schemes) {
    for (const role of textRoles) {
      for (const ground of ['background', 'surface'] as const) {
        it(`${name}: ${role} text reaches 4.5:1 on ${ground}`, () => {
          expect(contrastRatio(scheme[role], scheme[ground])).toBeGreaterThanOrEqual(4.5);
        });
      }
    }
    for (const role of markRoles) {
      it(`${name}: ${role} marks reach 3:1 on the background`, () => {
        expect(contrastRatio(scheme[role], scheme.background)).toBeGreaterThanOrEqual(3);
      });
    }
    for (const party of ['us', 'ukraine', 'russia'] as const) {
      it(`${name}: text on ${party} marks reaches 4.5:1`, () => {
        expect(contrastRatio(scheme.onMark, scheme[party])).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('emits every role as a CSS custom property for both schemes', () => {
    const css = paletteToCss();
    for (const [, scheme] of schemes) for (const value of Object.values(scheme)) expect(css).toContain(value);
    expect(css).toContain('--c-text-muted:');
    expect(css).toContain('prefers-color-scheme: dark');
  });
});

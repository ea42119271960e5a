import type { Locale } from '../content/vocabulary';
import { withBase } from '../i18n/routes';
import { hostScriptIntegrity, hostScriptName } from './host-script';
import { frameAttribute } from './protocol';

/** Themes a publisher may choose in the embed code; anything else is ignored by the embed page. */
export const embedThemes = ['auto', 'light', 'dark'] as const;
/** The iframe's height before the host script adjusts it (and for good, where scripts are stripped). */
export const defaultEmbedHeight = 760;

/** The path of a chart's embed page under the base: "embed/de/ownership-proposals/". */
export function embedPath(chartId: string, locale: Locale): string {
  return `embed/${locale}/${chartId}/`;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The two embed codes for a chart: iframe with the auto-height host script, and iframe only. Absolute URLs. */
export function embedCode(options: { chartId: string; locale: Locale; title: string; site: URL | string; base: string; theme?: (typeof embedThemes)[number] }) {
  const { chartId, locale, title, site, base, theme = 'auto' } = options;
  const src = new URL(withBase(base, embedPath(chartId, locale)), site);
  src.searchParams.set('theme', theme);
  const host = new URL(withBase(base, hostScriptName), site).href;
  const iframe = `<iframe src="${attribute(src.href)}" title="${attribute(title)}" ${frameAttribute}="v1" width="100%" height="${defaultEmbedHeight}" loading="lazy" style="width:100%;border:0"></iframe>`;
  return {
    withHost: `${iframe}\n<script src="${attribute(host)}" integrity="${hostScriptIntegrity()}" crossorigin="anonymous" async></script>`,
    iframeOnly: iframe,
  };
}

import type { APIRoute } from 'astro';
import { charts } from '../../../../charts/registry';
import { site } from '../../../../content';
import { locales, type Locale } from '../../../../content/vocabulary';
import { withBase } from '../../../../i18n/routes';
import { defaultEmbedHeight, embedCode } from '../../../../embed/code';

export function getStaticPaths() {
  return charts.flatMap((chart) => locales.map((lang) => ({ params: { lang, chart: chart.id } })));
}

/** oEmbed (type "rich") for one embed: its html is the embed code with the host script. */
export const GET: APIRoute = ({ params, site: origin }) => {
  const locale = params.lang as Locale;
  const chart = charts.find((c) => c.id === params.chart)!;
  const base = import.meta.env.BASE_URL;
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: site.title[locale],
    provider_url: new URL(withBase(base, locale === 'de' ? '' : `${locale}/`), origin).href,
    title: chart.title(locale),
    author_name: site.publisher.name,
    html: embedCode({ chartId: chart.id, locale, title: chart.title(locale), site: origin!, base }).withHost,
    width: 640,
    height: defaultEmbedHeight,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { ogCards } from '../../content/pages';
import { svgToPng } from '../../embed/downloads';
import { ogCardSvg } from '../../embed/og';

export function getStaticPaths() {
  return ogCards().map(({ path, card }) => ({ params: { card: path.replace(/^og\//, '') }, props: { card } }));
}

/** A page's sharing image (Open Graph / Twitter card), 1200 × 630 px, made at build time. */
export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(svgToPng(ogCardSvg(props.card as Parameters<typeof ogCardSvg>[0]))), { headers: { 'Content-Type': 'image/png' } });

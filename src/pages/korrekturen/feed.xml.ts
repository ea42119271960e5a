import type { APIRoute } from 'astro';
import { correctionsFeedResponse } from '../../lib/atom';

/** The corrections log as an Atom feed (de). */
export const GET: APIRoute = ({ site }) => correctionsFeedResponse('de', site);

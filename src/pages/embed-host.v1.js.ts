import type { APIRoute } from 'astro';
import { hostScript } from '../embed/host-script';

/** The embed host script (protocol v1), served at a stable, versioned address. */
export const GET: APIRoute = () => new Response(hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

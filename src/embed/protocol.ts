// The embed protocol, version 1: the message an embedded chart posts to its parent page, and the limits the host
// script applies. Documented in the README ("Embed a chart"); change it only with a new version.

/** The `type` of every message this site's embeds post. */
export const messageType = 'znpp-embed:height';
/** Protocol version, also in the host script's file name. */
export const protocolVersion = 1;
/** Heights outside this range (CSS px) are clamped by the host script. */
export const heightRange = { min: 120, max: 6000 } as const;
/** The attribute that marks iframes the host script may resize. */
export const frameAttribute = 'data-znpp-embed';

/** The message an embed posts to its parent: `{ type, version, height }`. */
export interface HeightMessage {
  type: typeof messageType;
  version: typeof protocolVersion;
  height: number;
}

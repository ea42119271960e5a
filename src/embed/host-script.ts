import { createHash } from 'node:crypto';
import { frameAttribute, heightRange, messageType, protocolVersion } from './protocol';

/** File name of the host script; the version is part of it so a changed protocol never breaks old embed codes. */
export const hostScriptName = `embed-host.v${protocolVersion}.js`;

// Runs on publishers' pages: small, dependency-free, and strict about what it accepts. It resizes only the iframe
// whose window sent the message, only if the message comes from that iframe's origin and has exactly the
// protocol's shape, and clamps the height.
const source = `(function(){"use strict";
var T=${JSON.stringify(messageType)},V=${protocolVersion},MIN=${heightRange.min},MAX=${heightRange.max};
addEventListener("message",function(e){
var d=e.data;
if(!d||typeof d!=="object"||d.type!==T||d.version!==V||typeof d.height!=="number"||!isFinite(d.height))return;
var f=document.querySelectorAll("iframe[${frameAttribute}]");
for(var i=0;i<f.length;i++){
if(f[i].contentWindow!==e.source)continue;
var o;try{o=new URL(f[i].src,location.href).origin}catch(x){return}
if(o!==e.origin)return;
f[i].style.height=Math.min(MAX,Math.max(MIN,Math.ceil(d.height)))+"px";
return}
})})();
`;

/** The host script's source. */
export function hostScript(): string {
  return source;
}

/** Its subresource-integrity value, for the embed code. */
export function hostScriptIntegrity(): string {
  return `sha384-${createHash('sha384').update(source).digest('base64')}`;
}

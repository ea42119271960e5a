// Runs inside every embed page: applies the theme the publisher chose (only known values) and reports the page's
// height to the parent page, on load and whenever it changes (embed protocol v1).
import { messageType, protocolVersion, type HeightMessage } from './protocol';

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

if (window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: messageType, version: protocolVersion, height };
    // Any parent may embed the chart, and a height reveals nothing: no target origin to restrict to.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
}

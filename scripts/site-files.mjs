// Helpers shared by the checks that read a built site: list its HTML pages, map URLs to files.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path (under `base`) at which a built HTML file is served: "en/index.html" → "/base/en/". */
export function urlPathOf(file, base = '/') {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

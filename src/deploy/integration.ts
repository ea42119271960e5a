import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostScriptName } from '../embed/host-script';
import { headerRules, toHeadersFile, toNginx } from './headers';

/** File names of the generated header configurations, in the build's output folder. */
export const headerFiles = { netlify: '_headers', nginx: 'nginx-headers.conf' } as const;

function htmlPages(dir: string, base: string): string[] {
  const pages: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(base + relative(dir, path).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  walk(dir);
  return pages.sort();
}

/** An Astro integration that writes the HTTP header rules (_headers and an nginx include) after each build. */
export function deployHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'znpp:deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const set = headerRules({ base, pages: htmlPages(out, base), hostScript: hostScriptName });
        writeFileSync(join(out, headerFiles.netlify), toHeadersFile(set));
        writeFileSync(join(out, headerFiles.nginx), toNginx(set));
        logger.info(`wrote ${headerFiles.netlify} and ${headerFiles.nginx} (${set.rules.length} rules)`);
      },
    },
  };
}

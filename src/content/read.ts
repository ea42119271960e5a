import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RawContent } from './validate';

/** Read every data file and chapter under a content directory, keyed as validateContent expects. */
export function readContentDir(dir: string): RawContent {
  const raw: RawContent = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|mdx)$/.test(entry.name)) raw[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return raw;
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentDir } from './read';
import { ContentError, validateContent } from './validate';

/** An Astro integration that validates `content/` before anything is built, failing with a readable list. */
export function validateContentIntegration(): AstroIntegration {
  return {
    name: 'znpp:validate-content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const dir = fileURLToPath(new URL('content/', config.root));
        try {
          validateContent(readContentDir(dir));
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            // A short message: the list above says what to fix; a stack trace would bury it.
            throw Object.assign(new Error('Content validation failed; see the list above.'), { stack: '' });
          }
          throw error;
        }
      },
    },
  };
}

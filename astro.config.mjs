// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { siteUrl, basePath } from './src/lib/deploy.ts';
import { validateContentIntegration } from './src/content/integration.ts';
import { deployHeadersIntegration } from './src/deploy/integration.ts';
import { chartTokensCss } from './src/charts/tokens.vite.ts';

// SITE_URL and BASE_PATH are read once here; everything else asks Astro (import.meta.env.BASE_URL, Astro.site).
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  outDir: process.env.OUT_DIR ?? './dist',
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['de', 'en'],
    defaultLocale: 'de',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [validateContentIntegration(), mdx(), react(), deployHeadersIntegration()],
  // Shiki's inline styles would break the Content-Security-Policy; the site shows no code.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [chartTokensCss()],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" marker, which the bundler reports but Astro handles.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

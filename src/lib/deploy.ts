/** Normalise SITE_URL to the public origin for Astro's `site`; a path in it is ignored (sub-paths come from BASE_PATH). */
export function siteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https, got "${value}"`);
  }
  return url.origin;
}

/** Normalise BASE_PATH (the sub-path the site is served under) to "/" or "/a/b/". */
export function basePath(raw: string | undefined): string {
  const parts = (raw ?? '').split('/').filter(Boolean);
  for (const part of parts) {
    if (!/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..') {
      throw new Error(`BASE_PATH may only hold URL-safe path segments, got "${raw}"`);
    }
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

// Fixed vocabularies of the content model. Kept free of zod so browser code can import them cheaply.

/** The site's languages; German is the default and lives at the site root. */
export const locales = ['de', 'en'] as const;
/** One of the site's languages. */
export type Locale = (typeof locales)[number];

/** Parties to the ownership proposals. */
export const parties = ['us', 'ukraine', 'russia'] as const;
/** A party to the ownership proposals. */
export type Party = (typeof parties)[number];

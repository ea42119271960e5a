import { z } from 'zod';
import { locales, parties, type Locale, type Party } from './vocabulary';

export { locales, parties, type Locale, type Party };

/** Substance statuses a claim can carry: what we know about whether it is true. */
export const substanceStatuses = [
  'confirmed',
  'unconfirmed-claim',
  'disputed',
  'wrong-in-reports',
  'weakly-sourced',
  'estimate',
  'opinion',
] as const;
/** A claim's substance status. */
export type SubstanceStatus = (typeof substanceStatuses)[number];

/** Kinds of source, named as what they are (DESIGN.md, editorial rules). */
export const sourceKinds = [
  'news-agency',
  'newspaper',
  'broadcaster',
  'russian-state-media',
  'official-body',
  'crypto-news-site',
  'research',
  'reference-work',
  'republished-copy',
  'unattributed-article',
  'software-package',
] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "putin-remarks"');

/** Text in both languages; neither may be empty. */
export const localized = z.object({
  de: z.string().trim().min(1, 'German text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
});
/** Text in both languages. */
export type Localized = z.infer<typeof localized>;

function isRealDate(value: string): boolean {
  const [y, m, d = '01'] = value.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
  );
}

/** A calendar day, "YYYY-MM-DD", that exists. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A day or, where only the month is known, a month: "YYYY-MM-DD" or "YYYY-MM". */
export const isoDayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM-DD or YYYY-MM')
  .refine(isRealDate, 'is not a real calendar date');

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
const language = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code such as "de" or "ru"');

/** One source: an outlet's publication, or a copy of it read elsewhere. Metadata is never invented. */
export const source = z
  .object({
    id: slug,
    outlet: z.string().trim().min(1).optional(),
    kind: z.enum(sourceKinds),
    title: z.string().trim().min(1),
    language,
    date: isoDay.optional(),
    url: url.optional(),
    readAt: url.optional(),
    note: localized.optional(),
  })
  .strict();

/** Who said a thing, where, and through whom we know it. */
export const attribution = z
  .object({
    who: localized,
    where: localized,
    reportedBy: localized,
  })
  .strict();

/** A claim as it appears in the story, with attribution and substance status. */
export const claim = z
  .object({
    id: slug,
    text: localized,
    attribution,
    status: z.enum(substanceStatuses),
    sources: z.array(slug).min(1, 'a claim needs at least one source'),
  })
  .strict();

/** Something the source articles got wrong, with the better reading and its evidence. */
export const correction = z
  .object({
    id: slug,
    dossier: z.string().regex(/^D\d+$/, 'must be a dossier reference such as "D1"'),
    chapters: z.array(slug).min(1, 'name at least one chapter'),
    reported: localized,
    better: localized,
    evidence: z.array(slug).min(1, 'a correction needs evidence'),
  })
  .strict();

/** One step in the chain by which a claim travelled from the room to the reports. */
export const provenanceNode = z
  .object({
    id: slug,
    chain: z.enum(['remarks', 'proposals']),
    label: localized,
    date: isoDay.optional(),
    dateNote: localized.optional(),
    kind: localized,
    sources: z.array(slug),
  })
  .strict();

/** A link between two provenance nodes: what changed on the way, documented or inferred. */
export const provenanceLink = z
  .object({
    from: slug,
    to: slug,
    date: isoDay.optional(),
    changed: localized,
    basis: z.enum(['documented', 'inferred']),
    sources: z.array(slug),
  })
  .strict();

/** Nodes and links of the reporting chains. */
export const provenance = z.object({ nodes: z.array(provenanceNode).min(1), links: z.array(provenanceLink) }).strict();

/** A term explained for a general reader. */
export const glossaryEntry = z
  .object({ id: slug, term: localized, definition: localized, sources: z.array(slug).default([]) })
  .strict();

/** An ownership proposal for the plant, with its stakes. */
export const proposal = z
  .object({
    id: slug,
    name: localized,
    origin: localized,
    operator: localized,
    date: isoDay,
    shares: z
      .array(z.object({ party: z.enum(parties), percent: z.number().min(0).max(100) }).strict())
      .min(1),
    transfer: z
      .object({ from: z.enum(parties), to: z.enum(parties), maxPercent: z.number().min(0).max(100) })
      .strict()
      .optional(),
    claims: z.array(slug).min(1),
    sources: z.array(slug).min(1),
  })
  .strict()
  .refine((p) => Math.abs(p.shares.reduce((sum, s) => sum + s.percent, 0) - 100) <= 0.5, {
    message: 'shares must add up to 100 (± 0.5)',
    path: ['shares'],
  });

/** The lanes of the timeline. */
export const timelineLanes = ['plant', 'diplomacy', 'crypto'] as const;

/** A dated event on the timeline. */
export const timelineEvent = z
  .object({
    id: slug,
    date: isoDayOrMonth,
    end: isoDayOrMonth.optional(),
    lane: z.enum(timelineLanes),
    label: localized,
    detail: localized,
    status: z.enum(substanceStatuses),
    sources: z.array(slug).min(1),
  })
  .strict();

/** One reactor unit of the plant. */
export const plantUnit = z
  .object({
    unit: z.number().int().min(1).max(6),
    type: z.string().min(1),
    netMW: z.number().positive(),
    grossMW: z.number().positive(),
    gridConnected: z.number().int().min(1980).max(2000),
    state: z.enum(['cold-shutdown', 'hot-shutdown', 'operating']),
    stateSince: isoDay,
    occupierLicence: isoDay.optional(),
    sources: z.array(slug).min(1),
  })
  .strict();

/** A number the feasibility arithmetic uses, with its unit, source and date. */
export const assumption = z
  .object({
    id: slug,
    label: localized,
    value: z.number(),
    unit: z.string().min(1),
    asOf: isoDayOrMonth,
    status: z.enum(substanceStatuses),
    sources: z.array(slug),
    note: localized.optional(),
  })
  .strict();

/** A miner model the arithmetic can assume. */
export const minerModel = z
  .object({
    id: slug,
    name: z.string().min(1),
    terahashPerSecond: z.number().positive().optional(),
    joulesPerTerahash: z.number().positive(),
    watts: z.number().positive().optional(),
    sources: z.array(slug).min(1),
  })
  .strict();

/** Feasibility inputs: assumptions and miner models. */
export const feasibility = z
  .object({ assumptions: z.array(assumption).min(1), miners: z.array(minerModel).min(1) })
  .strict();

/** The site configuration a host fills in. */
export const siteConfig = z
  .object({
    title: localized,
    publisher: z.object({ name: z.string().min(1), url: url.optional(), email: z.email().optional() }).strict(),
    licence: z
      .object({ name: z.string().min(1), url, appliesTo: localized })
      .strict(),
    published: isoDay,
    reportingAsOf: isoDay,
    lastReviewed: isoDay,
  })
  .strict();

/** One of the site's own corrections. */
export const siteCorrection = z
  .object({ date: isoDay, page: z.string().min(1), text: localized })
  .strict();

/** Front matter of a chapter MDX file. */
export const chapterFrontmatter = z
  .object({
    chapter: slug,
    number: z.number().int().min(1),
    slug,
    title: z.string().min(1),
    description: z.string().min(20, 'write a one- or two-sentence description'),
    teaser: z.string().min(10),
  })
  .strict();

/** One entry of the terminology list: the spelling each language uses and the ones it avoids. */
export const term = z
  .object({
    de: z.string().min(1),
    en: z.string().min(1),
    avoid: z.object({ de: z.array(z.string().min(2)), en: z.array(z.string().min(2)) }).strict(),
    /** Proper names that keep their own spelling in both languages, e.g. "Kyiv Independent". */
    names: z.array(z.string().min(2)).default([]),
  })
  .strict();

/** A key number on the front page: a named figure, the chapter explaining it, and what it means. */
export const keyFigure = z.object({ figure: slug, chapter: slug, label: localized }).strict();

/** A development after the reporting date, for the clearly marked "since then" note. */
export const laterDevelopment = z
  .object({ id: slug, text: localized, status: z.enum(substanceStatuses), sources: z.array(slug).min(1) })
  .strict();

/** Validated data files, by name. */
export const dataFiles = {
  'site.yaml': siteConfig,
  'sources.yaml': z.array(source),
  'claims.yaml': z.array(claim),
  'corrections.yaml': z.array(correction),
  'provenance.yaml': provenance,
  'glossary.yaml': z.array(glossaryEntry),
  'proposals.yaml': z.array(proposal),
  'timeline.yaml': z.array(timelineEvent),
  'plant.yaml': z.array(plantUnit),
  'feasibility.yaml': feasibility,
  'site-corrections.yaml': z.array(siteCorrection),
  'terminology.yaml': z.array(term),
  'key-figures.yaml': z.array(keyFigure).min(4).max(6),
  'since-then.yaml': z.array(laterDevelopment),
} as const;

/** The shape of every data file after validation. */
export type ContentData = { [K in keyof typeof dataFiles]: z.infer<(typeof dataFiles)[K]> };
/** A validated chapter's front matter, with its language. */
export type ChapterMeta = z.infer<typeof chapterFrontmatter> & {
  lang: Locale;
  file: string;
  /** Claim, term and chart ids used in the body, in order of appearance. */
  claims: string[];
  terms: string[];
  charts: string[];
  /** Words of prose in the body. */
  words: number;
};

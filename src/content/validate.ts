import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { chapterFrontmatter, dataFiles, locales, type ChapterMeta, type ContentData, type Locale } from './schema';

/** Content as raw text, keyed by path relative to `content/` (e.g. "data/claims.yaml", "chapters/de/plant.mdx"). */
export type RawContent = Record<string, string>;

/** Validated content: data files and chapter front matter. */
export interface Content {
  data: ContentData;
  chapters: ChapterMeta[];
}

/** The ids used by one kind of author component in an MDX body, in order of appearance: `<Claim id="…">`. */
export function componentIds(body: string, component: 'Claim' | 'Term' | 'Fig' | 'Figure'): string[] {
  const attribute = component === 'Figure' ? 'chart' : 'id';
  return [...body.matchAll(new RegExp(`<${component}\\s+${attribute}="([^"]+)"`, 'g'))].map((m) => m[1]);
}

/** Bad content: every problem found, each naming the file, the entry and the field. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

/** Describe where in a file a zod issue sits: `entry "id" → field`. */
function locate(value: unknown, path: PropertyKey[]): string {
  let entry = '';
  let node: unknown = value;
  const fieldParts: string[] = [];
  for (const key of path) {
    const next = (node as Record<PropertyKey, unknown> | undefined)?.[key as string];
    if (typeof key === 'number' && !entry) {
      const id = (next as { id?: unknown; unit?: unknown } | undefined)?.id ?? (next as { unit?: unknown })?.unit;
      entry = id !== undefined ? `entry "${String(id)}"` : `entry #${key + 1}`;
    } else {
      fieldParts.push(typeof key === 'number' ? `[${key}]` : String(key));
    }
    node = next;
  }
  const field = fieldParts.join('.').replace(/\.\[/g, '[');
  return [entry, field ? `field "${field}"` : ''].filter(Boolean).join(' → ') || 'top level';
}

function collectIssues(file: string, value: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => `content/${file}: ${locate(value, issue.path)}: ${issue.message}`);
}

function readYaml(file: string, text: string, problems: string[]): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    problems.push(`content/${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** Words a reader reads in an MDX body: component tags and markup left out, their text kept. */
export function countWords(body: string): number {
  const text = body.replace(/<[^>]+>/g, ' ').replace(/[#*_>`|[\]()]/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Validate every data file and chapter, then the references between them. Throws ContentError. */
export function validateContent(raw: RawContent): Content {
  const problems: string[] = [];
  const data: Partial<Record<keyof ContentData, unknown>> = {};

  for (const [name, schema] of Object.entries(dataFiles) as [keyof ContentData, z.ZodType][]) {
    const file = `data/${name}`;
    if (!(file in raw)) {
      problems.push(`content/${file}: file is missing`);
      continue;
    }
    const value = readYaml(file, raw[file], problems);
    const result = schema.safeParse(value);
    if (result.success) data[name] = result.data;
    else problems.push(...collectIssues(file, value, result.error));
  }

  const chapters: ChapterMeta[] = [];
  for (const [file, text] of Object.entries(raw)) {
    const match = /^chapters\/([a-z]+)\/[^/]+\.mdx$/.exec(file);
    if (!match) continue;
    const lang = match[1] as Locale;
    if (!locales.includes(lang)) {
      problems.push(`content/${file}: folder "${lang}" is not a site language (${locales.join(', ')})`);
      continue;
    }
    const head = frontmatterPattern.exec(text);
    const value = head ? readYaml(file, head[1], problems) : undefined;
    const result = chapterFrontmatter.safeParse(value);
    if (result.success) {
      const body = text.slice(head?.[0].length ?? 0);
      chapters.push({
        ...result.data,
        lang,
        file,
        claims: componentIds(body, 'Claim'),
        terms: componentIds(body, 'Term'),
        charts: componentIds(body, 'Figure'),
        words: countWords(body),
      });
    }
    else problems.push(...collectIssues(file, value, result.error));
  }

  if (problems.length) throw new ContentError(problems);
  const content = { data: data as ContentData, chapters: chapters.sort((a, b) => a.number - b.number) };
  problems.push(...checkReferences(content));
  if (problems.length) throw new ContentError(problems);
  return content;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Cross-file checks: every referenced id exists, ids are unique, both languages have every chapter. */
function checkReferences({ data, chapters }: Content): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data['sources.yaml'].map((s) => s.id));
  const claimIds = new Set(data['claims.yaml'].map((c) => c.id));
  const chapterIds = new Set(chapters.map((c) => c.chapter));
  const nodeIds = new Set(data['provenance.yaml'].nodes.map((n) => n.id));

  const refs = (file: string, entry: string | number, field: string, ids: string[], known: Set<string>, what: string) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) problems.push(`content/data/${file}: entry "${entry}" → field "${field}[${i}]": unknown ${what} id "${id}"`);
    });
  };

  const idLists: [string, string[]][] = [
    ['sources.yaml', data['sources.yaml'].map((s) => s.id)],
    ['claims.yaml', data['claims.yaml'].map((c) => c.id)],
    ['corrections.yaml', data['corrections.yaml'].map((c) => c.id)],
    ['glossary.yaml', data['glossary.yaml'].map((g) => g.id)],
    ['proposals.yaml', data['proposals.yaml'].map((p) => p.id)],
    ['timeline.yaml', data['timeline.yaml'].map((t) => t.id)],
    ['provenance.yaml', data['provenance.yaml'].nodes.map((n) => n.id)],
    ['plant.yaml', data['plant.yaml'].map((u) => String(u.unit))],
  ];
  for (const [file, ids] of idLists) {
    for (const id of new Set(duplicates(ids))) problems.push(`content/data/${file}: entry "${id}": id is used more than once`);
  }

  for (const c of data['claims.yaml']) refs('claims.yaml', c.id, 'sources', c.sources, sourceIds, 'source');
  for (const c of data['corrections.yaml']) {
    refs('corrections.yaml', c.id, 'evidence', c.evidence, sourceIds, 'source');
    refs('corrections.yaml', c.id, 'chapters', c.chapters, chapterIds, 'chapter');
  }
  for (const n of data['provenance.yaml'].nodes) refs('provenance.yaml', n.id, 'sources', n.sources, sourceIds, 'source');
  for (const l of data['provenance.yaml'].links) {
    const entry = `${l.from} → ${l.to}`;
    refs('provenance.yaml', entry, 'from', [l.from], nodeIds, 'provenance node');
    refs('provenance.yaml', entry, 'to', [l.to], nodeIds, 'provenance node');
    refs('provenance.yaml', entry, 'sources', l.sources, sourceIds, 'source');
  }
  for (const g of data['glossary.yaml']) refs('glossary.yaml', g.id, 'sources', g.sources, sourceIds, 'source');
  for (const p of data['proposals.yaml']) {
    refs('proposals.yaml', p.id, 'sources', p.sources, sourceIds, 'source');
    refs('proposals.yaml', p.id, 'claims', p.claims, claimIds, 'claim');
    if (p.transfer && !p.shares.some((s) => s.party === p.transfer?.from)) {
      problems.push(`content/data/proposals.yaml: entry "${p.id}" → field "transfer.from": "${p.transfer.from}" holds no share`);
    }
  }
  for (const k of data['key-figures.yaml']) refs('key-figures.yaml', k.figure, 'chapter', [k.chapter], chapterIds, 'chapter');
  for (const l of data['since-then.yaml']) refs('since-then.yaml', l.id, 'sources', l.sources, sourceIds, 'source');
  for (const t of data['timeline.yaml']) refs('timeline.yaml', t.id, 'sources', t.sources, sourceIds, 'source');
  for (const u of data['plant.yaml']) refs('plant.yaml', u.unit, 'sources', u.sources, sourceIds, 'source');
  for (const a of data['feasibility.yaml'].assumptions) refs('feasibility.yaml', a.id, 'sources', a.sources, sourceIds, 'source');
  for (const m of data['feasibility.yaml'].miners) refs('feasibility.yaml', m.id, 'sources', m.sources, sourceIds, 'source');

  const glossaryIds = new Set(data['glossary.yaml'].map((g) => g.id));
  for (const c of chapters) {
    for (const [kind, ids, known] of [['Claim', c.claims, claimIds], ['Term', c.terms, glossaryIds]] as const) {
      for (const id of ids) if (!known.has(id)) problems.push(`content/${c.file}: <${kind} id="${id}">: unknown ${kind.toLowerCase()} id`);
      for (const id of new Set(duplicates(ids))) problems.push(`content/${c.file}: <${kind} id="${id}"> is used more than once`);
    }
  }

  for (const lang of locales) {
    const here = chapters.filter((c) => c.lang === lang);
    for (const id of chapterIds) {
      if (!here.some((c) => c.chapter === id)) problems.push(`content/chapters/${lang}/: chapter "${id}" has no ${lang} file`);
    }
    for (const n of new Set(duplicates(here.map((c) => String(c.number))))) {
      problems.push(`content/chapters/${lang}/: chapter number ${n} is used more than once`);
    }
    for (const s of new Set(duplicates(here.map((c) => c.slug)))) {
      problems.push(`content/chapters/${lang}/: slug "${s}" is used more than once`);
    }
  }
  return problems;
}

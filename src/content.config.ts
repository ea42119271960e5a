import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFrontmatter } from './content/schema';

// Chapter MDX per language: content/chapters/<lang>/<file>.mdx, with ids such as "de/kraftwerk".
export const collections = {
  chapters: defineCollection({
    // Ids from the file path ("de/kraftwerk"), not from the `slug` field, so both languages may share a slug.
    loader: glob({ pattern: '*/*.mdx', base: './content/chapters', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: chapterFrontmatter,
  }),
};

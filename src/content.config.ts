import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { planSectionSchema } from './schemas/plan-section';
import { glossaryTermSchema } from './schemas/glossary-term';
import { prioritySchema } from './schemas/priority';
import { changelogEntrySchema } from './schemas/changelog-entry';

const plan = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plan' }),
  schema: planSectionSchema,
});

const priorities = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/priorities' }),
  schema: prioritySchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossaryTermSchema,
});

const changelog = defineCollection({
  loader: file('content/changelog.yaml'),
  schema: changelogEntrySchema,
});

export const collections = { plan, priorities, glossary, changelog };

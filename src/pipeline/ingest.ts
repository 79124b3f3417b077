/**
 * npm run ingest -- path/to/article.txt [--published 2021-01-10 | 2020-07-03..2020-07-04] [--dry-run]
 *
 * For a new document: prints what the pipeline finds in it (sentences, mentions of known actors
 * and places with offsets, date expressions and how they resolve), and writes a draft
 * data/sources/<id>.meta.json and a translation stub to complete. Existing files are never
 * overwritten. See README "Adding a document".
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanDocument } from '../domain/clean';
import { actorsFile, documentMeta, placesFile } from '../domain/curation-schema';
import { findDateExpressions } from '../domain/find-date-expressions';
import { findMentions } from '../domain/find-mentions';
import { resolveDateExpression } from '../domain/resolve-date-expression';
import { segmentSentences } from '../domain/sentences';
import { htmlLineToText } from './html-line-to-text';
import { stableJson } from './make-corpus-files';
import { writeFilesAtomically } from './write-atomic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: '.' },
    published: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const input = positionals[0];
if (!input) {
  console.error(
    'usage: npm run ingest -- path/to/article.txt [--published YYYY-MM-DD[..YYYY-MM-DD]] [--dry-run]',
  );
  process.exit(2);
}
const root = values.root;
const id = basename(input).replace(/\.txt$/, '');
if (!/^[A-Za-z0-9_-]{1,80}$/.test(id)) {
  console.error(
    `ingest: "${id}" cannot be a document id: use letters, digits, _ and - (the file's stem).`,
  );
  process.exit(2);
}
let raw: string;
try {
  raw = readFileSync(input, 'utf8');
} catch (err) {
  console.error(
    `ingest: cannot read ${input} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
  );
  process.exit(1);
}

const metaPath = join(root, 'data/sources', `${id}.meta.json`);
const existingMeta = existsSync(metaPath)
  ? documentMeta.safeParse(JSON.parse(readFileSync(metaPath, 'utf8')))
  : null;
let published = existingMeta?.success
  ? { start: existingMeta.data.published.start, end: existingMeta.data.published.end }
  : null;
if (values.published) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(values.published);
  if (!m) {
    console.error('ingest: --published takes YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD');
    process.exit(2);
  }
  published = { start: m[1] as string, end: m[2] ?? (m[1] as string) };
}

const cleaned = cleanDocument(
  raw,
  existingMeta?.success ? existingMeta.data.debris : [],
  htmlLineToText,
);
const spans = segmentSentences(cleaned.text);
const actors = actorsFile.parse(
  JSON.parse(readFileSync(join(root, 'data/curation/actors.json'), 'utf8')),
);
const places = placesFile.parse(
  JSON.parse(readFileSync(join(root, 'data/curation/places.json'), 'utf8')),
);
const entities = [...actors, ...places].map((x) => ({
  id: x.id,
  names: [x.name.ar, ...x.aliases.ar],
}));
const mentions = findMentions(cleaned.text, entities);

const out: string[] = [];
out.push(`document ${id}`);
out.push(
  `debris removed: ${cleaned.removed.length ? cleaned.removed.map((l) => `«${l}»`).join(', ') : 'none'}`,
);
out.push(`sentences: ${spans.length}`);
spans.forEach((s, i) => out.push(`  ${i + 1}. ${cleaned.text.slice(s.start, s.end)}`));
out.push(`mentions of known actors and places: ${mentions.length}`);
const byEntity = new Map<string, string[]>();
for (const m of mentions)
  byEntity.set(m.entity, [
    ...(byEntity.get(m.entity) ?? []),
    `${m.start}–${m.end} «${cleaned.text.slice(m.start, m.end)}»`,
  ]);
for (const [entity, list] of byEntity) out.push(`  ${entity} ${list.join(', ')}`);
const dates = findDateExpressions(cleaned.text);
out.push(
  `date expressions: ${dates.length}${published ? ` (publication ${published.start}..${published.end})` : ' (give --published to resolve relative ones)'}`,
);
for (const d of dates) {
  const words = cleaned.text.slice(d.start, d.end);
  const r = published ? resolveDateExpression(d.expression, published) : null;
  const resolved = !r
    ? 'unresolved'
    : 'error' in r
      ? `error: ${r.error}`
      : `${r.value.start}${r.value.end !== r.value.start ? `..${r.value.end}` : ''} (${r.value.precision}, ${r.value.basis})`;
  out.push(`  ${d.start}–${d.end} ${words} → ${resolved}`);
}
console.log(out.join('\n'));

if (values['dry-run']) process.exit(0);
const files: { path: string; content: string }[] = [];
if (!existsSync(metaPath)) {
  files.push({
    path: metaPath,
    content: stableJson({
      title: { ar: 'TODO العنوان', en: 'TODO title' },
      publisher: { ar: 'TODO الناشر', en: 'TODO publisher' },
      credits: [],
      published: {
        start: published?.start ?? 'TODO',
        end: published?.end ?? 'TODO',
        precision: published && published.start !== published.end ? 'range' : 'day',
        basis: 'external',
        note: { ar: 'TODO كيف عُرف تاريخ النشر', en: 'TODO how the publication date is known' },
      },
      debris: cleaned.removed,
    }),
  });
}
const translationsPath = join(root, 'data/curation/translations', `${id}.json`);
if (!existsSync(translationsPath)) {
  files.push({
    path: translationsPath,
    content: stableJson(spans.map((s) => ({ ar: cleaned.text.slice(s.start, s.end), en: '' }))),
  });
}
const target = join(root, 'data/sources', `${id}.txt`);
if (!existsSync(target)) copyFileSync(input, target);
if (resolve(input) !== resolve(target)) console.error(`ingest: copied the document to ${target}`);
writeFilesAtomically(files);
for (const f of files)
  console.error(`ingest: wrote ${f.path} — complete every TODO and empty "en"`);
if (files.length === 0)
  console.error('ingest: the meta and translation files exist already; nothing written');

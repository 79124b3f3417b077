/**
 * npm run ingest -- path/to/article.txt [--published 2021-01-10 | 2020-07-03..2020-07-04]
 *                   [--dry-run] [--json]
 *
 * For a new document: prints what the pipeline finds in it (sentences, mentions of known actors
 * and places with offsets, date expressions and how they resolve, proper names that are not yet
 * actors or places, and event drafts with merge proposals), and writes a draft
 * data/sources/<id>.meta.json, a translation stub and draft actors, places and events in
 * data/curation/drafts/ to complete. Existing files are never overwritten. `--json` prints one
 * JSON document instead of the text report. Input that cannot be an Arabic article (empty,
 * binary, too long, another language) stops with exit 1 and one line saying why.
 * See README "Adding a document".
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyseArticle } from '../domain/pipeline/analyse-article';
import { actorsFile, documentMeta, placesFile } from '../domain/curation/curation-schema';
import type { ExistingEvent } from '../domain/pipeline/draft-events';
import { describeJsonError } from '../domain/pipeline/json-error-position';
import { NO_NAME_RULES, nameRulesFile } from '../domain/pipeline/names/name-rules';
import { event } from '../domain/corpus/schema';
import { DRAFTS_DIR, draftActors, draftEventsFile, draftPlaces } from './draft-files';
import { formatReport } from './format-report';
import { htmlLineToText } from './html-line-to-text';
import { stableJson } from './make-corpus-files';
import { readFullGazetteer } from './read-gazetteer';
import { reportJson } from './report-json';
import { writeFilesAtomically } from './write-atomic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: '.' },
    published: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const input = positionals[0];
if (!input) {
  console.error(
    'usage: npm run ingest -- path/to/article.txt [--published YYYY-MM-DD[..YYYY-MM-DD]] [--dry-run] [--json]',
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
  raw = new TextDecoder('utf-8').decode(readFileSync(input));
} catch (err) {
  console.error(
    `ingest: cannot read ${input} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
  );
  process.exit(1);
}

const metaPath = join(root, 'data/sources', `${id}.meta.json`);
const existingMeta = existsSync(metaPath)
  ? documentMeta.safeParse(readCurationJson(metaPath))
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

/** A curation file, or exit 1 with its file, line and column when it is not valid JSON. */
function readCurationJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    console.error(`ingest: ${path}: not valid JSON: ${describeJsonError(text, String(err))}`);
    process.exit(1);
  }
}
const actors = actorsFile.parse(readCurationJson(join(root, 'data/curation/actors.json')));
const places = placesFile.parse(readCurationJson(join(root, 'data/curation/places.json')));
const rulesPath = join(root, 'data/curation/name-rules.json');
const nameRules = existsSync(rulesPath)
  ? nameRulesFile.parse(readCurationJson(rulesPath))
  : NO_NAME_RULES;
const analysed = analyseArticle({
  id,
  raw,
  debris: existingMeta?.success ? existingMeta.data.debris : [],
  published,
  actors,
  places,
  gazetteer: readFullGazetteer(root, raw),
  existing: readExistingEvents(root),
  htmlToText: htmlLineToText,
  nameRules,
});
if ('error' in analysed) {
  console.error(`ingest: ${input}: ${analysed.error}`);
  process.exit(1);
}
const { report } = analysed;
const spans = report.sentences;
console.log(
  values.json
    ? JSON.stringify(reportJson(report, published), null, 2)
    : formatReport(report, published),
);

/** The events of the built corpus (public/data/corpus.json), for merge proposals. */
function readExistingEvents(dir: string): ExistingEvent[] {
  const path = join(dir, 'public/data/corpus.json');
  if (!existsSync(path)) return [];
  try {
    const parsed = z
      .object({ events: z.array(event) })
      .safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.events : [];
  } catch {
    return [];
  }
}

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
      debris: report.debrisRemoved,
    }),
  });
}
const translationsPath = join(root, 'data/curation/translations', `${id}.json`);
if (!existsSync(translationsPath)) {
  files.push({
    path: translationsPath,
    content: stableJson(spans.map((s) => ({ ar: report.text.slice(s.start, s.end), en: '' }))),
  });
}
const drafts: [string, unknown][] = [
  [`${id}.actors.json`, draftActors(report)],
  [`${id}.places.json`, draftPlaces(report)],
  [`${id}.events.json`, draftEventsFile(report)],
];
for (const [name, content] of drafts) {
  const path = join(root, DRAFTS_DIR, name);
  if (existsSync(path)) console.error(`ingest: ${path} exists already; not overwritten`);
  else files.push({ path, content: stableJson(content) });
}
const target = join(root, 'data/sources', `${id}.txt`);
if (!existsSync(target)) copyFileSync(input, target);
if (resolve(input) !== resolve(target)) console.error(`ingest: copied the document to ${target}`);
writeFilesAtomically(files);
for (const f of files)
  console.error(`ingest: wrote ${f.path} — complete every TODO and empty "en"`);
if (files.length === 0)
  console.error('ingest: the meta, translation and draft files exist already; nothing written');

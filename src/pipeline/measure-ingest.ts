/**
 * npm run ingest:measure — how well ingest drafts the bundled documents, and how fast.
 *
 * - Events: each bundled document is re-ingested against an EMPTY events list (its curated
 *   actors and places known) and the drafts are compared with the curated events: an event
 *   is drafted when a draft quotes its evidence with its type and at least half its
 *   participants.
 * - Names: each document is re-ingested with NO actors and places curated, so every curated
 *   actor and place it names is a new name: the share found (a proposal of the right kind on
 *   its words) and the share of proposals that are right.
 * - Merges: each document is ingested against the curated events of the OTHER documents only;
 *   a proposal is right when the event it names quotes the draft's sentence.
 * - Time: a ~2,000-word article (the bundled texts repeated) through the analysis in-process
 *   (median of 5) and through the command end to end (`npm run ingest -- … --dry-run --json`).
 * Prints the numbers; exits 0 (it measures, it does not judge).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseArticle, type ArticleInput } from '../domain/pipeline/analyse-article';
import { tokenize } from '../domain/text/arabic';
import { actorsFile, documentMeta, placesFile } from '../domain/curation/curation-schema';
import { corpusSchema } from '../domain/corpus/schema';
import { htmlLineToText } from './html-line-to-text';
import { readFullGazetteer } from './read-gazetteer';
import { scoreEvents, scoreNames } from './score-ingest';

const root = '.';
const corpus = corpusSchema.parse(
  JSON.parse(readFileSync(join(root, 'public/data/corpus.json'), 'utf8')),
);
const actors = actorsFile.parse(JSON.parse(readFileSync('data/curation/actors.json', 'utf8')));
const places = placesFile.parse(JSON.parse(readFileSync('data/curation/places.json', 'utf8')));
const pct = (a: number, b: number) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);

function analyse(id: string, over: Partial<ArticleInput>) {
  const raw = readFileSync(join(root, 'data/sources', `${id}.txt`), 'utf8');
  const meta = documentMeta.parse(
    JSON.parse(readFileSync(join(root, 'data/sources', `${id}.meta.json`), 'utf8')),
  );
  const r = analyseArticle({
    id,
    raw,
    debris: meta.debris,
    published: { start: meta.published.start, end: meta.published.end },
    actors,
    places,
    gazetteer: readFullGazetteer(root, raw),
    existing: [],
    htmlToText: htmlLineToText,
    ...over,
  });
  if ('error' in r) throw new Error(`${id}: ${r.error}`);
  const doc = corpus.documents.find((d) => d.id === id);
  if (!doc || doc.text !== r.report.text)
    throw new Error(`${id}: the ingested text differs from the corpus text`);
  return { report: r.report, doc };
}

const lines: string[] = [];
const ids = corpus.documents.map((d) => d.id);

// Events.
const allDrafts = ids.flatMap((id) => analyse(id, { existing: [] }).report.drafts);
const ev = scoreEvents(allDrafts, corpus.events);
lines.push(
  `events: ${ev.drafted} of ${ev.events} curated events drafted with the right type and at least half their participants (${pct(ev.drafted, ev.events)})`,
  `  right type on their evidence: ${ev.rightType} (${pct(ev.rightType, ev.events)}); participants named: ${ev.participantsNamed} of ${ev.participants} (${pct(ev.participantsNamed, ev.participants)})`,
  `  drafts: ${ev.drafts}, of which ${ev.draftsOfACuratedEvent} quote a curated event of their type (${pct(ev.draftsOfACuratedEvent, ev.drafts)})`,
  `  missed: ${ev.missed.join(', ') || 'none'}`,
);

// Names.
let entities = 0;
let found = 0;
let proposals = 0;
let correct = 0;
let withEnglish = 0;
let englishAsCurated = 0;
for (const id of ids) {
  const { report, doc } = analyse(id, { actors: [], places: [] });
  const s = scoreNames(report.names, doc.mentions, actors, places);
  entities += s.entities;
  found += s.found;
  proposals += s.proposals;
  correct += s.correct;
  withEnglish += s.withEnglish;
  englishAsCurated += s.englishAsCurated;
  lines.push(
    `names in ${id}: ${s.found} of ${s.entities} curated actors and places found; ${s.correct} of ${s.proposals} proposals right`,
    `  missed: ${s.missedNames.join(', ') || 'none'}`,
    `  wrong: ${s.wrongProposals.join(', ') || 'none'}`,
  );
}
lines.push(
  `names: ${found} of ${entities} new names found (${pct(found, entities)}); ${correct} of ${proposals} proposals right (${pct(correct, proposals)}); English name given for ${withEnglish}, as curated for ${englishAsCurated}`,
);

// Merges across documents.
let mergeProposals = 0;
let mergeRight = 0;
let shared = 0;
let sharedProposed = 0;
for (const id of ids) {
  const others = corpus.events
    .filter((e) => e.evidence.some((s) => s.document !== id))
    .map((e) => ({ ...e, evidence: e.evidence.filter((s) => s.document !== id) }));
  const { report } = analyse(id, { existing: others });
  for (const d of report.drafts) {
    const same = corpus.events.filter(
      (e) =>
        others.some((o) => o.id === e.id) &&
        e.type === d.type &&
        e.evidence.some(
          (s) => s.document === id && s.start < d.evidence.end && d.evidence.start < s.end,
        ),
    );
    if (same.length > 0) {
      shared++;
      if (d.merge.some((m) => same.some((e) => e.id === m.event))) sharedProposed++;
    }
    for (const m of d.merge) {
      mergeProposals++;
      const target = corpus.events.find((e) => e.id === m.event);
      if (
        target?.evidence.some(
          (s) => s.document === id && s.start < d.evidence.end && d.evidence.start < s.end,
        )
      )
        mergeRight++;
    }
  }
}
lines.push(
  `merges: ${sharedProposed} of ${shared} drafts of an event another document reports proposed for it; ${mergeRight} of ${mergeProposals} merge proposals right (${pct(mergeRight, mergeProposals)})`,
);

// Time.
const texts = ids.map((id) => readFileSync(join(root, 'data/sources', `${id}.txt`), 'utf8'));
let article = '';
for (let k = 0; tokenize(article).length < 2000; k++) article += `${texts[k % texts.length]}\n\n`;
const words = tokenize(article).length;
const times: number[] = [];
for (let k = 0; k < 6; k++) {
  const t0 = performance.now();
  const r = analyseArticle({
    id: 'timing',
    raw: article,
    debris: [],
    published: { start: '2021-01-10', end: '2021-01-10' },
    actors,
    places,
    gazetteer: readFullGazetteer(root, article),
    existing: corpus.events,
    htmlToText: htmlLineToText,
  });
  if ('error' in r) throw new Error(r.error);
  if (k > 0) times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const dir = mkdtempSync(join(tmpdir(), 'athar-measure-'));
const file = join(dir, 'timing_article.txt');
writeFileSync(file, article);
const runCommand = (): { ms: number; status: number | null } => {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/pipeline/ingest.ts',
      file,
      '--published',
      '2021-01-10',
      '--dry-run',
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { ms: performance.now() - t0, status: r.status };
};
runCommand(); // the first run fills tsx's transform cache
const runs = [runCommand(), runCommand(), runCommand()].sort((a, b) => a.ms - b.ms);
const cli = runs[1] as { ms: number; status: number | null };
const cliMs = cli.ms;
const t1 = performance.now();
spawnSync(process.execPath, ['--import', 'tsx', '-e', '0'], { encoding: 'utf8' });
const startMs = performance.now() - t1;
rmSync(dir, { recursive: true, force: true });
lines.push(
  `time: a ${words}-word article: analysis ${Math.round(times[Math.floor(times.length / 2)] as number)} ms (median of 5, in-process); the command end to end ${Math.round(cliMs)} ms (median of 3 after a warm-up run, exit ${cli.status}), of which starting Node with tsx alone takes ${Math.round(startMs)} ms`,
);
console.log(lines.join('\n'));

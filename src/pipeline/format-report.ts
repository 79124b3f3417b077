/** The plain-text report `npm run ingest` prints (the --json form is the report itself). */
import type { ArticleReport } from '../domain/pipeline/analyse-article';

export function formatReport(
  report: ArticleReport,
  published: { start: string; end: string } | null,
): string {
  const { text } = report;
  const words = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const out: string[] = [];
  out.push(`document ${report.document}`);
  out.push(
    `debris removed: ${report.debrisRemoved.length ? report.debrisRemoved.map((l) => `«${l}»`).join(', ') : 'none'}`,
  );
  for (const h of report.html)
    out.push(`HTML residue cleaned on line ${h.line}: ${h.removed.join(' ')}`);
  out.push(`sentences: ${report.sentences.length}`);
  report.sentences.forEach((s, i) => out.push(`  ${i + 1}. ${words(s)}`));
  out.push(`mentions of known actors and places: ${report.mentions.length}`);
  const byEntity = new Map<string, string[]>();
  for (const m of report.mentions)
    byEntity.set(m.entity, [
      ...(byEntity.get(m.entity) ?? []),
      `${m.start}–${m.end} «${words(m)}»`,
    ]);
  for (const [entity, list] of byEntity) out.push(`  ${entity} ${list.join(', ')}`);
  out.push(`ambiguous names to confirm: ${report.flagged.length}`);
  for (const f of report.flagged)
    out.push(`  ${f.start}–${f.end} «${words(f)}» → ${f.entity}? ${f.note.en}`);
  out.push(`ambiguous names rejected by their context: ${report.rejected.length}`);
  for (const f of report.rejected)
    out.push(`  ${f.start}–${f.end} «${words(f)}» is not ${f.entity}: ${f.note.en}`);
  if (report.guesses.length > 0) {
    out.push(`line breaks without punctuation (guessed): ${report.guesses.length}`);
    for (const g of report.guesses)
      out.push(`  ${g.kind === 'wrap' ? 'hard wrap, joined' : 'sentence end'} after «${g.line}»`);
  }
  out.push(
    `date expressions: ${report.dates.length}${published ? ` (publication ${published.start}..${published.end})` : ' (give --published to resolve relative ones)'}`,
  );
  for (const d of report.dates) {
    const resolved = d.value
      ? `${d.value.start}${d.value.end !== d.value.start ? `..${d.value.end}` : ''} (${d.value.precision}, ${d.value.basis})`
      : published
        ? `error: ${d.problem ?? ''}`
        : 'unresolved';
    out.push(`  ${d.start}–${d.end} ${d.words} → ${resolved}`);
  }
  out.push(`new names (not yet actors or places): ${report.names.length}`);
  for (const p of report.names) {
    const kind = p.kind === 'place' ? `place/${p.placeKind ?? 'city'}` : p.kind;
    const where = p.mentions.map((m) => `${m.start}–${m.end}`).join(', ');
    const geo =
      p.gazetteer && p.gazetteer.lat !== null
        ? ` at ${p.gazetteer.lat}, ${p.gazetteer.lon}`
        : p.gazetteer
          ? ' (no coordinates)'
          : '';
    out.push(`  ${p.id} ${kind} «${p.name}»${p.en ? ` = ${p.en}` : ''}${geo} [${p.cue}] ${where}`);
  }
  out.push(`event drafts: ${report.drafts.length}`);
  for (const d of report.drafts) {
    const actors = d.actors.map((a) => `${a.id} (${a.role})`).join(', ') || 'no named actor';
    const date = d.date.value
      ? `${d.date.value.start}${d.date.value.end !== d.date.value.start ? `..${d.date.value.end}` : ''}${d.date.value.openStart ? ' or before' : ''}`
      : 'undated';
    out.push(
      `  ${d.id} ${d.type} «${words(d.cue)}»: ${actors}; place ${d.place ?? '—'}; ${date} (${d.date.from})`,
    );
    out.push(`    «${words(d.evidence)}»`);
    for (const m of d.merge)
      out.push(
        `    merge? ${m.event} (shares ${m.shared.join(', ')}${m.alreadyEvidence ? '; already quotes this sentence' : ''})`,
      );
  }
  return out.join('\n');
}

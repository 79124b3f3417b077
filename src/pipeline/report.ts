/** The short report preprocess prints to stderr. */
import type { Corpus } from '../domain/corpus/schema';

export function report(corpus: Corpus, warnings: readonly string[]): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const d of corpus.documents)
    for (const m of d.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  lines.push(
    `corpus ${corpus.id}: ${corpus.documents.length} documents, ${corpus.events.length} events, ${corpus.actors.length} actors, ${corpus.places.length} places`,
  );
  for (const d of corpus.documents) {
    lines.push(
      `  ${d.id}: ${d.text.length} characters, ${d.sentences.length} sentences, ${d.mentions.length} mentions`,
    );
  }
  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  lines.push(`  mentions: ${byCount.map(([id, n]) => `${id} ${n}`).join(', ')}`);
  lines.push(`  warnings: ${warnings.length}`);
  for (const w of warnings) lines.push(`    ! ${w}`);
  return lines.join('\n');
}

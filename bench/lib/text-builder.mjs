// Writes a document's text piece by piece and records, as it goes, the offsets the corpus
// needs: sentences (with their English), mentions of actors and places, and any span.

export class TextBuilder {
  text = '';
  /** @type {{ start: number, end: number, en: string }[]} */
  sentences = [];
  /** @type {{ entity: string, start: number, end: number }[]} */
  mentions = [];

  /** Appends plain text; returns its span. */
  add(piece) {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }

  /** Appends the name of an actor or place as a mention of it. */
  mention(entity, name) {
    const span = this.add(name);
    this.mentions.push({ entity, ...span });
    return span;
  }

  /** Writes one sentence with `write()` and records it with its English translation. */
  sentence(en, write) {
    const start = this.text.length;
    write();
    const span = { start, end: this.text.length };
    this.sentences.push({ ...span, en });
    return span;
  }
}

/**
 * The review page's logic, apart from React: a draft turned into a form a curator edits, the
 * form turned back into a curation entry, what must be fixed before it can be sent (as locale
 * keys), fresh ids, and which field a pipeline problem is about.
 */
import type {
  DraftActor,
  DraftEvent,
  DraftPlace,
  KnownEntry,
} from '../../domain/curation/curate-review';
import type { CurationEvent } from '../../domain/curation/curation-schema';
import type { Actor, EventType, ParticipantRole, Place } from '../../domain/corpus/schema';

export type DateBasis = 'stated' | 'relative' | 'reported' | 'external';

export interface EventForm {
  type: EventType;
  titleAr: string;
  titleEn: string;
  summaryAr: string;
  summaryEn: string;
  actors: { id: string; role: ParticipantRole }[];
  place: string;
  basis: DateBasis;
  quote: string;
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year' | 'range';
  noteAr: string;
  noteEn: string;
}

export interface NameForm {
  kind: string;
  nameAr: string;
  nameEn: string;
  /** One spelling a line. */
  aliasesAr: string;
  roleAr: string;
  roleEn: string;
  reference: string;
  lat: string;
  lon: string;
  country: string;
  gazetteer: string;
}

/** A problem of a form: a locale key of the curate namespace and its values. */
export interface FormProblem {
  key: string;
  values?: Record<string, string>;
}

const isTodo = (s: string) => /^\s*TODO\b/.test(s);
/** A draft's TODO placeholder becomes an empty field, for the curator to fill. */
const clear = (s: string | null | undefined) => (s == null || isTodo(s) ? '' : s);

export function eventFormOf(draft: DraftEvent): EventForm {
  const d = draft.date;
  return {
    type: draft.type,
    titleAr: clear(draft.title.ar),
    titleEn: clear(draft.title.en),
    summaryAr: clear(draft.summary.ar),
    summaryEn: clear(draft.summary.en),
    actors: draft.actors.map((a) => ({ id: a.id, role: a.role })),
    place: draft.place ?? '',
    basis: d.basis,
    quote: d.basis === 'stated' || d.basis === 'relative' ? d.quote : '',
    start: d.basis === 'external' ? d.start : '',
    end: d.basis === 'external' ? d.end : '',
    precision: d.basis === 'external' ? d.precision : 'day',
    noteAr: d.basis === 'external' ? clear(d.note.ar) : '',
    noteEn: d.basis === 'external' ? clear(d.note.en) : '',
  };
}

export function nameFormOf(draft: DraftActor | DraftPlace): NameForm {
  const isPlace = 'gazetteer' in draft;
  return {
    kind: draft.kind,
    nameAr: clear(draft.name.ar),
    nameEn: clear(draft.name.en),
    aliasesAr: draft.aliases.ar.join('\n'),
    roleAr: isPlace ? '' : clear(draft.role.ar),
    roleEn: isPlace ? '' : clear(draft.role.en),
    reference: isPlace ? '' : clear(draft.reference),
    lat: isPlace && draft.lat !== null ? String(draft.lat) : '',
    lon: isPlace && draft.lon !== null ? String(draft.lon) : '',
    country: isPlace ? (draft.country ?? '') : '',
    gazetteer: isPlace ? clear(draft.gazetteer) : '',
  };
}

/** An id from an English name: lower-case words joined by hyphens, unique among `taken`. */
export function freshId(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

const filled = (s: string) => s.trim() !== '' && !isTodo(s);

/** What must change before the event can be sent; empty when nothing. */
export function eventFormProblems(form: EventForm, actors: readonly KnownEntry[]): FormProblem[] {
  const out: FormProblem[] = [];
  if (!filled(form.titleAr)) out.push({ key: 'form.need.titleAr' });
  if (!filled(form.titleEn)) out.push({ key: 'form.need.titleEn' });
  if (!filled(form.summaryAr)) out.push({ key: 'form.need.summaryAr' });
  if (!filled(form.summaryEn)) out.push({ key: 'form.need.summaryEn' });
  const known = new Set(actors.map((a) => a.id));
  for (const a of form.actors)
    if (!known.has(a.id)) out.push({ key: 'form.need.knownActor', values: { id: a.id } });
  if ((form.basis === 'stated' || form.basis === 'relative') && !filled(form.quote))
    out.push({ key: 'form.need.quote' });
  if (form.basis === 'external') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.start) || !/^\d{4}-\d{2}-\d{2}$/.test(form.end))
      out.push({ key: 'form.need.dates' });
    if (!filled(form.noteAr) || !filled(form.noteEn)) out.push({ key: 'form.need.note' });
  }
  return out;
}

export function eventOf(
  form: EventForm,
  draft: DraftEvent,
  document: string,
  id: string,
): CurationEvent {
  const date: CurationEvent['date'] =
    form.basis === 'stated' || form.basis === 'relative'
      ? { basis: form.basis, document, quote: form.quote.trim() }
      : form.basis === 'external'
        ? {
            basis: 'external',
            start: form.start,
            end: form.end,
            precision: form.precision,
            note: { ar: form.noteAr.trim(), en: form.noteEn.trim() },
          }
        : { basis: 'reported', document };
  return {
    id,
    type: form.type,
    title: { ar: form.titleAr.trim(), en: form.titleEn.trim() },
    summary: { ar: form.summaryAr.trim(), en: form.summaryEn.trim() },
    date,
    place: form.place === '' ? null : form.place,
    actors: form.actors,
    evidence: draft.evidence,
  };
}

export function nameFormProblems(form: NameForm, place: boolean): FormProblem[] {
  const out: FormProblem[] = [];
  if (!filled(form.nameAr)) out.push({ key: 'form.need.nameAr' });
  if (!filled(form.nameEn)) out.push({ key: 'form.need.nameEn' });
  if (place) {
    const lat = Number(form.lat);
    const lon = Number(form.lon);
    if (form.lat.trim() === '' || !(lat >= -90 && lat <= 90)) out.push({ key: 'form.need.lat' });
    if (form.lon.trim() === '' || !(lon >= -180 && lon <= 180)) out.push({ key: 'form.need.lon' });
    if (!filled(form.gazetteer)) out.push({ key: 'form.need.gazetteer' });
  } else {
    if (!filled(form.roleAr) || !filled(form.roleEn)) out.push({ key: 'form.need.role' });
    if (!filled(form.reference)) out.push({ key: 'form.need.reference' });
  }
  return out;
}

const aliasList = (s: string) => [
  ...new Set(
    s
      .split(/\n/)
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

export function actorOf(form: NameForm, id: string): Actor {
  return {
    id,
    kind: form.kind as Actor['kind'],
    name: { ar: form.nameAr.trim(), en: form.nameEn.trim() },
    aliases: { ar: aliasList(form.aliasesAr), en: [] },
    role: { ar: form.roleAr.trim(), en: form.roleEn.trim() },
    affiliation: null,
    wikidata: null,
    reference: form.reference.trim(),
  };
}

export function placeOf(form: NameForm, id: string): Place {
  return {
    id,
    kind: form.kind as Place['kind'],
    name: { ar: form.nameAr.trim(), en: form.nameEn.trim() },
    aliases: { ar: aliasList(form.aliasesAr), en: [] },
    lat: Number(form.lat),
    lon: Number(form.lon),
    country: form.country === '' ? null : form.country,
    wikidata: null,
    gazetteer: form.gazetteer.trim(),
  };
}

/** The fields a pipeline problem's path may name, in the order they are looked for. */
const FIELDS = [
  'title',
  'summary',
  'date',
  'place',
  'actors',
  'evidence',
  'aliases',
  'name',
  'role',
  'reference',
  'lat',
  'lon',
  'country',
  'gazetteer',
  'kind',
  'type',
  'id',
] as const;
export type ProblemField = (typeof FIELDS)[number] | 'other';

/** Which field of an entry a problem's path names («[29] (x).actors[0].id» → actors). */
export function problemField(path: string): ProblemField {
  const tail = path.replace(/^\[\d+\]\s*(\([^)]*\))?\.?/, '');
  const first = /^[a-z]+/i.exec(tail)?.[0];
  return FIELDS.find((f) => f === first) ?? 'other';
}

/** A pipeline message the page words itself, as a locale key and values; else null. */
export function knownMessage(message: string): FormProblem | null {
  const m =
    /^unknown (actor|place|event) "([^"]*)"/.exec(message) ??
    /^duplicate (?:event )?id "([^"]*)"/.exec(message);
  if (m && m.length === 3) return { key: `problem.unknown.${m[1]}`, values: { id: m[2] ?? '' } };
  if (m) return { key: 'problem.duplicate', values: { id: m[1] ?? '' } };
  if (message.startsWith('quote not found')) return { key: 'problem.quoteNotFound' };
  if (/^the quote occurs \d+ times/.test(message)) return { key: 'problem.quoteTwice' };
  return null;
}

/**
 * A form with the new names it names replaced by what they were accepted as: a participant
 * drafted as `new-person-1`, once accepted as `fathi-bashagha`, is that actor.
 */
export function withAcceptedNames(
  form: EventForm,
  decisions: Readonly<Record<string, { action: string; id?: string }>>,
): EventForm {
  const accepted = (kind: 'actor' | 'place', id: string) => {
    const d = decisions[`${kind}:${id}`];
    return d?.action === 'accept' && d.id ? d.id : id;
  };
  const actors: EventForm['actors'] = [];
  for (const a of form.actors) {
    const id = accepted('actor', a.id);
    if (!actors.some((x) => x.id === id)) actors.push({ ...a, id });
  }
  return { ...form, actors, place: form.place === '' ? '' : accepted('place', form.place) };
}

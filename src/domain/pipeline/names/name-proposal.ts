/** What ingest proposes for a proper name that is not yet an actor or place. */
import type { GazetteerEntry } from './gazetteer-entry';

type NameKind = 'person' | 'organization' | 'media' | 'place';
export type PlaceKind = 'city' | 'airport' | 'facility' | 'country' | 'region';

export interface NameSpan {
  start: number;
  end: number;
}

export interface NameProposal {
  /** A draft id, unique in the document: `new-person-1`, or the gazetteer's English name. */
  id: string;
  kind: NameKind;
  /** For a place: what kind of place. */
  placeKind?: PlaceKind;
  /** The name as the text first writes it in full. */
  name: string;
  /** The English name, when a reference gives it (the gazetteer); else null. */
  en: string | null;
  /** Why it was taken for a name, in a few words (e.g. `title «وزير»`). */
  cue: string;
  /** Every place the text names it, in order. */
  mentions: NameSpan[];
  /** For a gazetteer place: coordinates (null when the gazetteer has none) and their source. */
  gazetteer?: { lat: number | null; lon: number | null; country: string; source: string };
}

/** A name found by one pattern at one place; candidates with one key are one name. */
export interface Candidate {
  kind: NameKind;
  placeKind?: PlaceKind;
  start: number;
  end: number;
  cue: string;
  /** Names to look for elsewhere in the text (the full name, a person's family name). */
  names: string[];
  /** Grouping key: candidates with one key are one name. */
  key: string;
  /** The name as a curator should read it (ل + ال given back its article). */
  display: string;
  entry?: GazetteerEntry;
}

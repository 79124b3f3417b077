// Synthetic actors: states, organisations, media and (mostly) people, with unique names.
import { COUNTRIES, PLACE_ROOTS } from './countries.mjs';
import { FAMILY_NAMES, FIRST_NAMES, ROLES } from './names.mjs';
import { MEDIA, ORGANIZATIONS } from './phrases.mjs';
import { slug } from './slug.mjs';

const REFERENCE = 'Synthetic actor made by bench/generate-corpus.mjs (not a real person or body).';

function actor(id, kind, name, role, affiliation, aliases = { ar: [], en: [] }) {
  return { id, kind, name, aliases, role, affiliation, wikidata: null, reference: REFERENCE };
}

/** The state actor of a country (its id differs from the country's place id). */
const stateId = (country) => `${country.id}-state`;

/**
 * `count` actors (at most about 3,200): every state first, then organisations (about 12%),
 * media (about 4%) and people, drawn without repetition from the name lists.
 */
export function makeActors(random, count) {
  const states = COUNTRIES.slice(0, Math.min(COUNTRIES.length, Math.ceil(count * 0.05)));
  const actors = states.map((c) =>
    actor(stateId(c), 'state', { ar: c.ar, en: c.en }, { ar: 'دولة', en: 'State' }, null),
  );
  const orgPairs = random.shuffle(
    ORGANIZATIONS.flatMap((o) => states.map((c) => /** @type {const} */ ([o, c]))),
  );
  const orgs = orgPairs
    .slice(0, Math.round(count * 0.12))
    .map(([o, c]) =>
      actor(
        slug(`${o[1]} ${c.en}`),
        'organization',
        { ar: `${o[0]} في ${c.ar}`, en: `${o[1]} of ${c.en}` },
        { ar: `هيئة رسمية في ${c.ar}`, en: `A public body of ${c.en}` },
        stateId(c),
      ),
    );
  actors.push(...orgs);
  const mediaPairs = random.shuffle(MEDIA.flatMap((m) => PLACE_ROOTS.map((r) => [m, r])));
  for (const [m, r] of mediaPairs.slice(0, Math.round(count * 0.04))) {
    const en = `${r[1]} ${m[1]}`;
    actors.push(
      actor(
        slug(en),
        'media',
        { ar: `${m[0]} ${r[0]}`, en },
        { ar: 'وسيلة إعلام', en: 'Media outlet' },
        null,
      ),
    );
  }
  const people = random.shuffle(FIRST_NAMES.flatMap((f) => FAMILY_NAMES.map((l) => [f, l])));
  const orgsByState = new Map();
  for (const o of orgs)
    orgsByState.set(o.affiliation, [...(orgsByState.get(o.affiliation) ?? []), o.id]);
  for (const [f, l] of people.slice(0, Math.max(0, count - actors.length))) {
    const country = random.pick(states);
    const role = random.pick(ROLES);
    const affiliations = orgsByState.get(stateId(country));
    actors.push(
      actor(
        slug(`${f[1]} ${l[1]}`),
        'person',
        { ar: `${f[0]} ${l[0]}`, en: `${f[1]} ${l[1]}` },
        { ar: `${role[0]} في ${country.ar}`, en: `${role[1]}, ${country.en}` },
        affiliations && random.next() < 0.7 ? random.pick(affiliations) : null,
        { ar: [l[0]], en: [l[1]] },
      ),
    );
  }
  return actors;
}

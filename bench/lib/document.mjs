// One synthetic news document and the events it reports: a headline, one sentence per event
// (date words, verb, participants, place), some quoted follow-ups and filler. Every event's
// evidence is a span of this document's text, and every name written is a mention.
import { eventDate, publishedValue } from './dates.mjs';
import { EVENT_PHRASES, FILLERS, FIRST_ROLES, FOLLOW_UPS, OTHER_ROLES } from './phrases.mjs';
import { slug } from './slug.mjs';
import { TextBuilder } from './text-builder.mjs';

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** How many actors an event has: 1 (25%), 2 (45%), 3 (20%) or 4 (10%). */
function actorCount(random) {
  const x = random.next();
  return x < 0.25 ? 1 : x < 0.7 ? 2 : x < 0.9 ? 3 : 4;
}

/** Distinct draws from a sampler of indices. */
function distinct(draw, n) {
  const seen = new Set();
  for (let tries = 0; seen.size < n && tries < n * 20; tries++) seen.add(draw());
  return [...seen];
}

/** The share of events the busiest actor takes part in (Akar: 38% of the bundled corpus). */
const LEAD_SHARE = 0.4;

/**
 * An event's participants: the lead actor (ctx.lead) in LEAD_SHARE of the events, at a random
 * place among them; the others drawn by popularity, never the lead.
 */
function participants(ctx) {
  const { random } = ctx;
  const withLead = random.next() < LEAD_SHARE;
  const count = actorCount(random);
  const other = () => {
    let i = ctx.drawActor();
    while (i === ctx.lead) i = ctx.drawActor();
    return i;
  };
  const who = distinct(other, withLead ? count - 1 : count);
  if (withLead) who.splice(random.int(0, who.length), 0, ctx.lead);
  return who;
}

/** Plans one event: type, participants, place, date. */
function planEvent(ctx, published) {
  const { random, actors, places } = ctx;
  const type = ctx.drawType();
  const who = participants(ctx).map((i) => actors[i]);
  const place = random.next() < 0.85 ? places[ctx.drawPlace()] : null;
  return { type, who, place, date: eventDate(random, published) };
}

/** Writes the sentence of a planned event; returns its span and the date words' span. */
function writeEvent(b, plan) {
  const { type, who, place, date } = plan;
  const [verb, object] = EVENT_PHRASES[type].ar;
  const [a, second, ...rest] = who;
  let en = `${date.words ? `${date.words.en}, ` : ''}${a.name.en} ${EVENT_PHRASES[type].en}`;
  if (second) en += ` with ${second.name.en}`;
  if (rest.length > 0) en += `, attended by ${rest.map((x) => x.name.en).join(' and ')}`;
  if (place) en += ` in ${place.name.en}`;
  let expression = null;
  const span = b.sentence(`${capitalise(en)}.`, () => {
    if (date.words) {
      expression = b.add(date.words.ar);
      b.add('، ');
    }
    b.add(`${verb} `);
    b.mention(a.id, a.name.ar);
    b.add(` ${object}`);
    if (second) {
      b.add(' مع ');
      b.mention(second.id, second.name.ar);
    }
    rest.forEach((x, i) => {
      b.add(i === 0 ? '، بحضور ' : ' و');
      b.mention(x.id, x.name.ar);
    });
    if (place) {
      b.add(' في ');
      b.mention(place.id, place.name.ar);
    }
    b.add('.');
  });
  return { span, expression };
}

/** "{A} said …": a second piece of evidence for the event. */
function writeFollowUp(b, random, speaker) {
  const [ar, en] = random.pick(FOLLOW_UPS);
  return b.sentence(`${speaker.name.en} said ${en}.`, () => {
    b.add('وقال ');
    b.mention(speaker.id, speaker.name.ar);
    b.add(` ${ar}.`);
  });
}

function writeHeadline(b, plan) {
  const { type, who, place } = plan;
  const [nounAr, nounEn] = EVENT_PHRASES[type].noun;
  const [a] = who;
  b.sentence(`${nounEn}: ${a.name.en}${place ? ` in ${place.name.en}` : ''}`, () => {
    b.add(`${nounAr} `);
    b.mention(a.id, a.name.ar);
    if (place) {
      b.add(' في ');
      b.mention(place.id, place.name.ar);
    }
  });
  b.add('\n\n');
}

function eventRecord(plan, id, docId, evidence, expression) {
  const { type, who, place, date } = plan;
  const [nounAr, nounEn] = EVENT_PHRASES[type].noun;
  const [a] = who;
  const value = expression
    ? { ...date.value, expression: { document: docId, ...expression } }
    : date.value;
  return {
    id,
    type,
    title: {
      ar: `${nounAr} ${a.name.ar}${place ? ` في ${place.name.ar}` : ''}`,
      en: `${nounEn}: ${a.name.en}${place ? ` in ${place.name.en}` : ''}`,
    },
    summary: plan.summary,
    date: value,
    place: place ? place.id : null,
    actors: who.map((x, i) => ({ id: x.id, role: i === 0 ? plan.firstRole : plan.roles[i - 1] })),
    evidence: evidence.map((s) => ({ document: docId, ...s })),
  };
}

/**
 * Writes document number `n` reporting `eventCount` events, numbered from `firstEvent`.
 * @returns {{ document: object, events: object[] }}
 */
export function makeDocument(ctx, n, eventCount, firstEvent, published) {
  const { random } = ctx;
  const id = `syn-${String(n).padStart(6, '0')}`;
  const plans = Array.from({ length: eventCount }, () => planEvent(ctx, published));
  const b = new TextBuilder();
  writeHeadline(b, plans[0]);
  const events = plans.map((plan, i) => {
    if (i > 0 && random.next() < 0.3) b.add('\n\n');
    else if (i > 0) b.add(' ');
    const { span, expression } = writeEvent(b, plan);
    const evidence = [span];
    plan.summary = { ar: b.text.slice(span.start, span.end), en: b.sentences.at(-1).en };
    if (random.next() < 0.25) {
      b.add(' ');
      evidence.push(writeFollowUp(b, random, plan.who[0]));
    }
    if (random.next() < 0.3) {
      const [ar, en] = random.pick(FILLERS);
      b.add(' ');
      b.sentence(en, () => b.add(ar));
    }
    plan.firstRole = random.pick(FIRST_ROLES);
    plan.roles = plan.who.slice(1).map(() => random.pick(OTHER_ROLES));
    const year = plan.date.value.start.slice(0, 4);
    const eventId = `${slug(plan.who[0].name.en)}-${plan.type}-${year}-${firstEvent + i}`;
    return eventRecord(plan, eventId, id, evidence, expression);
  });
  const [head] = plans;
  const document = {
    id,
    title: {
      ar: b.text.slice(b.sentences[0].start, b.sentences[0].end),
      en: b.sentences[0].en,
    },
    publisher: ctx.publisher(head),
    credits: [],
    published: publishedValue(published),
    text: b.text,
    sentences: b.sentences,
    mentions: b.mentions,
  };
  return { document, events };
}

// What each run clicks, chosen from the corpus the same way for every size: the first event
// in the list's order (time, as the app sorts) that has a place; the actor with the 10th most
// events (a busy but not dominant actor: "everything X did") and the busiest actor (in about
// 40% of the events, as Akar is in the bundled corpus), and what filtering by each shows.

function compareEvents(a, b) {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function makePlan(corpus) {
  const sorted = [...corpus.events].sort(compareEvents);
  const select = sorted.find((e) => e.place !== null);
  const byActor = new Map();
  for (const e of corpus.events) {
    for (const id of new Set(e.actors.map((a) => a.id))) {
      if (!byActor.has(id)) byActor.set(id, []);
      byActor.get(id).push(e);
    }
  }
  const ranked = [...byActor].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const filterBy = ([actorId, events]) => ({
    id: actorId,
    name: corpus.actors.find((a) => a.id === actorId).name.en,
    shown: events.length,
    events: events.map((e) => e.id),
    places: [...new Set(events.map((e) => e.place).filter((p) => p !== null))],
  });
  return {
    total: corpus.events.length,
    select: { id: select.id },
    filter: filterBy(ranked[Math.min(9, Math.floor(ranked.length / 3))]),
    busiest: filterBy(ranked[0]),
  };
}

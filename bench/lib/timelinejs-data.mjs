// The same events in TimelineJS3's JSON format ({ events: [{ start_date, text }] }).

function dateParts(isoDay) {
  const [year, month, day] = isoDay.split('-').map(Number);
  return { year, month, day };
}

export function toTimelineJs(corpus) {
  return {
    events: corpus.events.map((e) => ({
      start_date: dateParts(e.date.start),
      ...(e.date.end !== e.date.start ? { end_date: dateParts(e.date.end) } : {}),
      text: { headline: e.title.en, text: e.summary.en },
      unique_id: e.id,
    })),
  };
}

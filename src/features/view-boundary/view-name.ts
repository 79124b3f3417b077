/** The views a ViewBoundary can name in its message ("The map could not be shown…"). */
export type ViewName =
  | 'explorer'
  | 'map'
  | 'timeline'
  | 'events'
  | 'actors'
  | 'side'
  | 'event'
  | 'source'
  | 'place'
  | 'detail'
  | 'filters';

/** Fired on the Leaflet map after MarkerLayout has (re)placed the markers. */
export const MARKER_LAYOUT_EVENT = 'athar:markerlayout';

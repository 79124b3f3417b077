/** A map view: centre and zoom, as the URL holds it. */
export interface Viewport {
  lat: number;
  lon: number;
  zoom: number;
}

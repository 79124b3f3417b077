import { popup as leafletPopup, type Map as LeafletMap, type Popup } from 'leaflet';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { MARKER_LAYOUT_EVENT } from './markerLayoutEvent';

const MAX_WIDTH = 320;

/** Leaflet 1.9's popup internals: update() minus re-attaching the content (which blurs it). */
interface PopupLayout {
  _updateLayout(): void;
  _updatePosition(): void;
  _adjustPan(): void;
}

function relayout(popup: Popup, pan: boolean): void {
  const internals = popup as unknown as Partial<PopupLayout>;
  if (!internals._updateLayout || !internals._updatePosition || !internals._adjustPan) return;
  internals._updateLayout();
  internals._updatePosition();
  if (pan) internals._adjustPan();
}

function markerOf(map: LeafletMap, placeId: string): HTMLElement | null {
  return map.getContainer().querySelector<HTMLElement>(`.athar-marker[data-place-id="${placeId}"]`);
}

/** Focused from the keyboard (a mouse click focuses a marker too, but should not move focus). */
function keyboardFocused(el: HTMLElement | null): boolean {
  if (!el || document.activeElement !== el) return false;
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // a DOM without :focus-visible
  }
}

/** Above the badge, wherever MarkerLayout has moved it (`radius`: half the badge). */
function anchor(map: LeafletMap, placeId: string, radius: number): [number, number] {
  const style = markerOf(map, placeId)?.style;
  const dx = Number.parseFloat(style?.getPropertyValue('--athar-dx') ?? '') || 0;
  const dy = Number.parseFloat(style?.getPropertyValue('--athar-dy') ?? '') || 0;
  return [dx, dy - radius];
}

interface PlacePopupProps {
  /** Where the popup points (`radius`: half the badge), or null when it is closed. */
  at: { placeId: string; lat: number; lon: number; radius: number } | null;
  lang: 'ar' | 'en';
  closeLabel: string;
  /** The user closed it (close button, Escape, a click on the map). */
  onClose(): void;
  children: ReactNode;
}

/**
 * One Leaflet popup, created once and moved, opened and closed as `at` changes; its content
 * is React (a portal). When the popup opens while its marker has keyboard focus, focus moves
 * into it; when the user closes it, focus goes back to the marker.
 */
export function PlacePopup({ at, lang, closeLabel, onClose, children }: PlacePopupProps) {
  const map = useMap();
  const [content] = useState(() => document.createElement('div'));
  const popupRef = useRef<Popup | null>(null);
  const openPlace = useRef<string | null>(null);
  const closing = useRef(false);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  // Create once; closed by the user: tell the owner, and give focus back to the marker.
  useEffect(() => {
    const popup = leafletPopup({
      className: 'athar-popup',
      minWidth: 200,
      maxWidth: MAX_WIDTH,
      autoPanPadding: [24, 24],
      // Leaflet's own close-on-click also fires for clicks on markers (closing, then
      // reopening, on every switch of place); only a click on the map itself closes it here.
      closeOnClick: false,
    }).setContent(content);
    popupRef.current = popup;
    const userClosed = (): void => {
      const placeId = openPlace.current;
      openPlace.current = null;
      if (closing.current) return;
      const hadFocus = content.contains(document.activeElement);
      onCloseRef.current();
      if (hadFocus && placeId) markerOf(map, placeId)?.focus();
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      map.closePopup(popup);
    };
    const onMapClick = (): void => {
      if (popup.isOpen()) map.closePopup(popup);
    };
    popup.on('remove', userClosed);
    map.on('click', onMapClick);
    content.addEventListener('keydown', onKey);
    return () => {
      popup.off('remove', userClosed);
      map.off('click', onMapClick);
      content.removeEventListener('keydown', onKey);
      popup.remove();
      popupRef.current = null;
      openPlace.current = null;
    };
  }, [map, content]);

  const placeId = at?.placeId ?? null;
  const lat = at?.lat ?? 0;
  const lon = at?.lon ?? 0;
  const radius = at?.radius ?? 0;
  useEffect(() => {
    const popup = popupRef.current;
    if (!popup) return;
    if (placeId === null) {
      if (popup.isOpen()) {
        closing.current = true;
        map.closePopup(popup);
        closing.current = false;
      }
      return;
    }
    const hadFocus = keyboardFocused(markerOf(map, placeId));
    openPlace.current = placeId;
    popup.options.offset = anchor(map, placeId, radius);
    const size = map.getSize();
    popup.options.maxWidth = Math.max(160, Math.min(MAX_WIDTH, size.x - 64));
    // The list of events scrolls inside the popup: short enough for the popup to fit the map.
    content.style.setProperty('--athar-popup-list-max', `${String(Math.max(96, size.y - 150))}px`);
    popup.setLatLng([lat, lon]);
    if (popup.isOpen()) relayout(popup, true);
    else popup.openOn(map);
    // The list's one button in the Tab order (the selected event's, else the first).
    if (hadFocus)
      (
        content.querySelector<HTMLElement>('button[tabindex="0"]') ??
        content.querySelector<HTMLElement>('button')
      )?.focus();
  }, [map, content, placeId, lat, lon, radius]);

  // Markers were laid out again (MarkerLayout): follow the badge if it moved.
  useEffect(() => {
    if (placeId === null) return;
    const follow = (): void => {
      const popup = popupRef.current;
      if (!popup?.isOpen()) return;
      popup.options.offset = anchor(map, placeId, radius);
      (popup as unknown as Partial<PopupLayout>)._updatePosition?.();
    };
    map.on(MARKER_LAYOUT_EVENT, follow);
    return () => {
      map.off(MARKER_LAYOUT_EVENT, follow);
    };
  }, [map, placeId, radius]);

  // After every render (content or language may have changed): localise; re-measure if the
  // content changed size.
  const size = useRef('');
  useEffect(() => {
    const popup = popupRef.current;
    const root = popup?.getElement();
    if (!popup || !root) return;
    root.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    root.setAttribute('lang', lang);
    const close = root.querySelector('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', closeLabel);
    close?.setAttribute('title', closeLabel);
    const now = `${String(content.offsetWidth)}x${String(content.offsetHeight)}`;
    if (popup.isOpen() && now !== size.current) relayout(popup, false);
    size.current = now;
  });

  return createPortal(children, content);
}

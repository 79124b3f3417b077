import { popup as leafletPopup, type Map as LeafletMap, type Popup } from 'leaflet';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';

/** The widest a popup gets (px); narrower maps give it what they have. */
const MAX_WIDTH = 600;

/** Room kept between a popup and the map's edge when the map pans to show it (px). */
const PAN_PADDING = 24;

/**
 * The popup keeps clear of the controls in the map's top corners (zoom, fit, the legend when
 * it is open): the map pans it beside them.
 */
function panPadding(map: LeafletMap): { topLeft: [number, number]; bottomRight: [number, number] } {
  const box = map.getContainer().getBoundingClientRect();
  const widest = (corner: string, edge: (r: DOMRect) => number): number =>
    Math.max(
      PAN_PADDING,
      ...[...map.getContainer().querySelectorAll(`${corner} .leaflet-control`)].map(
        (el) => edge(el.getBoundingClientRect()) + 8,
      ),
    );
  return {
    topLeft: [widest('.leaflet-top.leaflet-left', (r) => r.right - box.left), PAN_PADDING],
    bottomRight: [widest('.leaflet-top.leaflet-right', (r) => box.right - r.left), PAN_PADDING],
  };
}

function markerOf(map: LeafletMap, selector: string): HTMLElement | null {
  return map.getContainer().querySelector<HTMLElement>(selector);
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

/** Re-lays the popup out (Leaflet's public update re-attaches the content): keeps focus. */
function update(popup: Popup, content: HTMLElement): void {
  const active = document.activeElement;
  popup.update();
  if (
    active instanceof HTMLElement &&
    content.contains(active) &&
    document.activeElement !== active
  )
    active.focus({ preventScroll: true });
}

export interface PopupAnchor {
  /** What the popup is for (a place or a cluster): a new key is a new popup. */
  key: string;
  /** The marker it belongs to, for focus. */
  markerSelector: string;
  lat: number;
  lon: number;
  /** Half the badge: the popup's tip points at its top. */
  radius: number;
}

interface PlacePopupProps {
  /** Where the popup points, or null when it is closed. */
  at: PopupAnchor | null;
  lang: 'ar' | 'en';
  closeLabel: string;
  /** The user closed it (close button, Escape, a click on the map). */
  onClose(): void;
  children: ReactNode;
}

/**
 * One Leaflet popup, created once and moved, opened and closed as `at` changes; its content
 * is React (a portal). When the popup opens while its marker has keyboard focus, or focus was
 * already inside it, focus moves into it; when the user closes it, focus goes back to the
 * marker. Public Leaflet API only.
 */
export function PlacePopup({ at, lang, closeLabel, onClose, children }: PlacePopupProps) {
  const map = useMap();
  const [content] = useState(() => document.createElement('div'));
  const popupRef = useRef<Popup | null>(null);
  const openMarker = useRef<string | null>(null);
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
      autoPanPadding: [PAN_PADDING, PAN_PADDING],
      // Leaflet's own close-on-click also fires for clicks on markers (closing, then
      // reopening, on every switch of place); only a click on the map itself closes it here.
      closeOnClick: false,
    }).setContent(content);
    popupRef.current = popup;
    const userClosed = (): void => {
      const selector = openMarker.current;
      openMarker.current = null;
      if (closing.current) return;
      const hadFocus = content.contains(document.activeElement);
      onCloseRef.current();
      if (hadFocus && selector) markerOf(map, selector)?.focus();
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
      openMarker.current = null;
    };
  }, [map, content]);

  const key = at?.key ?? null;
  const selector = at?.markerSelector ?? '';
  const lat = at?.lat ?? 0;
  const lon = at?.lon ?? 0;
  const radius = at?.radius ?? 0;
  useEffect(() => {
    const popup = popupRef.current;
    if (!popup) return;
    if (key === null) {
      if (popup.isOpen()) {
        closing.current = true;
        map.closePopup(popup);
        closing.current = false;
      }
      return;
    }
    const hadFocus =
      keyboardFocused(markerOf(map, selector)) || content.contains(document.activeElement);
    openMarker.current = selector;
    popup.options.offset = [0, -radius];
    const padding = panPadding(map);
    popup.options.autoPanPaddingTopLeft = padding.topLeft;
    popup.options.autoPanPaddingBottomRight = padding.bottomRight;
    const size = map.getSize();
    const width = Math.max(160, Math.min(MAX_WIDTH, size.x - 64));
    popup.options.maxWidth = width;
    // The popup's content takes the width it has; its list scrolls inside it, short enough
    // for the popup to fit the map.
    content.style.setProperty('--athar-popup-width', `${String(width - 48)}px`);
    content.style.setProperty('--athar-popup-list-max', `${String(Math.max(96, size.y - 150))}px`);
    // setLatLng lays an open popup out again (public API; it re-attaches the content).
    const active = document.activeElement;
    popup.setLatLng([lat, lon]);
    if (!popup.isOpen()) popup.openOn(map);
    else if (active instanceof HTMLElement && content.contains(active)) active.focus();
    // The list's one button in the Tab order (the selected event's, else the first).
    if (hadFocus)
      (
        content.querySelector<HTMLElement>('button[tabindex="0"]') ??
        content.querySelector<HTMLElement>('button')
      )?.focus();
  }, [map, content, key, selector, lat, lon, radius]);

  // After every render (content or language may have changed): localise; lay out again if
  // the content changed size.
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
    if (popup.isOpen() && now !== size.current) update(popup, content);
    size.current = now;
  });

  return createPortal(children, content);
}

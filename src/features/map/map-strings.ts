/**
 * The map view's strings, loaded with its chunk rather than with the first page (see
 * LAZY_NAMESPACES in src/i18n/i18n.ts). Every module that reads the 'map' namespace imports
 * this file first.
 */
import ar from '../../i18n/locales/ar/map.json';
import en from '../../i18n/locales/en/map.json';
import { addStrings } from '../../i18n/i18n';

addStrings('map', { ar, en });

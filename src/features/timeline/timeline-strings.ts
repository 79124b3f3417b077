/**
 * The timeline view's strings, loaded with its chunk rather than with the first page (see
 * LAZY_NAMESPACES in src/i18n/i18n.ts). Every module that reads the 'timeline' namespace imports
 * this file first.
 */
import ar from '../../i18n/locales/ar/timeline.json';
import en from '../../i18n/locales/en/timeline.json';
import { addStrings } from '../../i18n/i18n';

addStrings('timeline', { ar, en });

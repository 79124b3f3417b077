/**
 * One line of a source with HTML residue, as text: html-to-text without wrapping, links
 * without their addresses, images dropped. Given to cleanDocument by the pipeline.
 */
import { convert } from 'html-to-text';

export function htmlLineToText(line: string): string {
  return convert(line, {
    wordwrap: false,
    preserveNewlines: true,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ],
  });
}

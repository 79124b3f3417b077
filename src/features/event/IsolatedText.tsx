import type { Language } from '../../i18n/i18n';

interface IsolatedTextProps {
  /** Text in which parts in another language are wrapped in U+2068 … U+2069. */
  text: string;
  /** The language of the isolated parts. */
  isolatedLang: Language;
}

/**
 * Renders a string's isolated parts (see describeDate) as <bdi> with their own language. Quote
 * guillemets right around an isolated part go inside it, so that « and » take the part's direction
 * together and still pair when the line wraps (in an English sentence around Arabic words, and
 * the other way round).
 */
export function IsolatedText({ text, isolatedLang }: IsolatedTextProps) {
  const parts = text.split(/([«‹]?)\u2068([^\u2069]*)\u2069([»›]?)/);
  return (
    <>
      {parts.map((part, i) => {
        // split() gives: text, opening mark, isolated words, closing mark, text, …
        if (i % 4 === 0) return part;
        if (i % 4 !== 2) return null;
        const dir = isolatedLang === 'ar' ? 'rtl' : 'ltr';
        return (
          // A span with dir is isolated too: the marks and the words share one direction.
          // A short quote («يوم الجمعة») never breaks: split over two lines, each half would
          // be ordered on its own.
          <span key={i} dir={dir} className={part.length <= 32 ? 'isolated-quote' : undefined}>
            {parts[i - 1]}
            <bdi lang={isolatedLang} dir={dir}>
              {part}
            </bdi>
            {parts[i + 1]}
          </span>
        );
      })}
    </>
  );
}

import type { Language } from '../../i18n/i18n';

interface IsolatedTextProps {
  /** Text in which parts in another language are wrapped in U+2068 … U+2069. */
  text: string;
  /** The language of the isolated parts. */
  isolatedLang: Language;
}

/** Renders a string's isolated parts (see describeDate) as <bdi> with their own language. */
export function IsolatedText({ text, isolatedLang }: IsolatedTextProps) {
  const parts = text.split(/\u2068([^\u2069]*)\u2069/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <bdi key={i} lang={isolatedLang} dir={isolatedLang === 'ar' ? 'rtl' : 'ltr'}>
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}

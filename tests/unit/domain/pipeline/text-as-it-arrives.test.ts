/** Text as it arrives from the web: hard-wrapped lines, headings, HTML residue. */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../../src/domain/pipeline/text/clean';
import { segmentSentencesWithGuesses } from '../../../../src/domain/pipeline/text/sentences';
import { htmlLineToText } from '../../../../src/pipeline/html-line-to-text';

const sentencesOf = (text: string) => {
  const { spans, guesses } = segmentSentencesWithGuesses(text);
  return { sentences: spans.map((s) => text.slice(s.start, s.end)), guesses };
};

describe('hard-wrapped text', () => {
  const wrapped = [
    'الحكومة الشرعية',
    'من جهتها، أكدت الأمم المتحدة أن الحكومة الليبية برئاسة فايز السراج هي',
    'الشرعية والمعترف بها دوليا، وطالبت الدول المؤثرة في الصراع بأن تدرك',
    'هذه الحقيقة. وقال المتحدث باسم الأمين العام',
    'إن المكالمة لا تمنحه وضعا قانونيا.',
    '',
    'وتابع أن من الواضح الآن أن هناك دولا لها تأثير مباشر على الطرفين.',
  ].join('\n');

  it('follows punctuation, not line breaks', () => {
    expect(sentencesOf(wrapped).sentences).toEqual([
      'الحكومة الشرعية',
      'من جهتها، أكدت الأمم المتحدة أن الحكومة الليبية برئاسة فايز السراج هي\nالشرعية والمعترف بها دوليا، وطالبت الدول المؤثرة في الصراع بأن تدرك\nهذه الحقيقة.',
      'وقال المتحدث باسم الأمين العام\nإن المكالمة لا تمنحه وضعا قانونيا.',
      'وتابع أن من الواضح الآن أن هناك دولا لها تأثير مباشر على الطرفين.',
    ]);
  });

  it('says where it had to guess, and what it guessed', () => {
    expect(sentencesOf(wrapped).guesses.map((g) => [g.kind, g.line])).toEqual([
      ['end', 'الحكومة الشرعية'],
      ['wrap', 'من جهتها، أكدت الأمم المتحدة أن الحكومة الليبية برئاسة فايز السراج هي'],
      ['wrap', 'الشرعية والمعترف بها دوليا، وطالبت الدول المؤثرة في الصراع بأن تدرك'],
      ['wrap', 'هذه الحقيقة. وقال المتحدث باسم الأمين العام'],
    ]);
  });

  it('needs no guess for text with a sentence per line or per paragraph', () => {
    const plain = 'وصل الوزير اليوم.\nواستقبله نظيره.\n\nوقال إن الزيارة مهمة.';
    expect(sentencesOf(plain)).toEqual({
      sentences: ['وصل الوزير اليوم.', 'واستقبله نظيره.', 'وقال إن الزيارة مهمة.'],
      guesses: [],
    });
  });
});

describe('HTML residue', () => {
  const raw = [
    '<p><span lang="AR-SA">وصل وزير الدفاع</span> إلى &quot;طرابلس&quot; اليوم الجمعة.</p>',
    'وقال إن &laquo;ليبيا لليبيين&raquo; &amp; أضاف <b>شيئاً</b> آخر.',
    'سطر بلا أثر.',
  ].join('\n');

  it('is cleaned to the text it stands for, offsets into the cleaned text', () => {
    const cleaned = cleanDocument(raw, [], htmlLineToText);
    expect(cleaned.text).toBe(
      'وصل وزير الدفاع إلى "طرابلس" اليوم الجمعة.\nوقال إن «ليبيا لليبيين» & أضاف شيئاً آخر.\nسطر بلا أثر.',
    );
    const { spans } = segmentSentencesWithGuesses(cleaned.text);
    expect(spans.map((s) => cleaned.text.slice(s.start, s.end))).toEqual([
      'وصل وزير الدفاع إلى "طرابلس" اليوم الجمعة.',
      'وقال إن «ليبيا لليبيين» & أضاف شيئاً آخر.',
      'سطر بلا أثر.',
    ]);
  });

  it('reports what was removed, line by line', () => {
    const { html } = cleanDocument(raw, [], htmlLineToText);
    expect(html.map((h) => [h.line, h.removed])).toEqual([
      [1, ['<p>', '<span lang="AR-SA">', '</span>', '&quot;', '&quot;', '</p>']],
      [2, ['&laquo;', '&raquo;', '&amp;', '<b>', '</b>']],
    ]);
  });

  it('leaves text without residue exactly as it was (no whitespace collapsed)', () => {
    const text = 'سطر  فيه مسافتان و< ليس وسماً و a & b.';
    expect(cleanDocument(text, [], htmlLineToText)).toMatchObject({ text, html: [] });
  });
});

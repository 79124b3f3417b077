/** The interface language that is not `lang`: where a name's second spelling comes from. */
export function otherLanguage(lang: 'ar' | 'en'): 'ar' | 'en' {
  return lang === 'ar' ? 'en' : 'ar';
}

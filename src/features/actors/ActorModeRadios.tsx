import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './ActorModeRadios.css';

export interface ActorModeRadiosProps {
  lang: 'ar' | 'en';
  mode: 'any' | 'all';
  onModeChange(mode: 'any' | 'all'): void;
}

const MODES = ['any', 'all'] as const;

/** Whether the events shown must involve any or all of the actors in the filter. */
export function ActorModeRadios({ lang, mode, onModeChange }: ActorModeRadiosProps) {
  const { t } = useTranslation('actors', { lng: lang });
  const name = useId();
  return (
    <fieldset className="actor-mode">
      <legend>{t('mode.legend')}</legend>
      {MODES.map((m) => (
        <label key={m} className="actor-mode__option">
          <input
            type="radio"
            name={name}
            value={m}
            checked={mode === m}
            onChange={() => onModeChange(m)}
          />
          <span>{t(`mode.${m}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

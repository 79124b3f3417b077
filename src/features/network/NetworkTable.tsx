import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CoOccurrenceNetwork } from '../../domain/network/network';

interface NetworkTableProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  network: CoOccurrenceNetwork;
}

/** The network as a table of actor pairs and their shared events, behind a disclosure. */
export function NetworkTable({ index, lang, network }: NetworkTableProps) {
  const { t } = useTranslation('network', { lng: lang });
  const name = (id: string) => index.actorsById.get(id)?.name[lang] ?? id;
  return (
    <details className="network-table">
      <summary>{t('table.show')}</summary>
      {network.links.length === 0 ? (
        <p>{t('table.none')}</p>
      ) : (
        <table>
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.actor')}</th>
              <th scope="col">{t('table.with')}</th>
              <th scope="col">{t('table.shared')}</th>
            </tr>
          </thead>
          <tbody>
            {network.links.map((l) => (
              <tr key={`${l.source} ${l.target}`}>
                <th scope="row">{name(l.source)}</th>
                <td>{name(l.target)}</td>
                <td className="network-table__count">{l.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

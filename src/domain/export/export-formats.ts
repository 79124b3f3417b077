/** The export formats: file extension and media type of each. */
export const EXPORT_FORMATS = {
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8' },
  geojson: { extension: 'geojson', mediaType: 'application/geo+json' },
  json: { extension: 'json', mediaType: 'application/json' },
  ics: { extension: 'ics', mediaType: 'text/calendar;charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

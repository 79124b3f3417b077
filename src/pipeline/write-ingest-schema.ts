/**
 * tsx src/pipeline/write-ingest-schema.ts: writes docs/ingest-report.schema.json, the JSON
 * Schema of `npm run ingest -- FILE --json` (a test checks the committed file is current).
 */
import { writeFileSync } from 'node:fs';
import { INGEST_SCHEMA_FILE, ingestReportJsonSchema } from './ingest-report-schema';

writeFileSync(INGEST_SCHEMA_FILE, ingestReportJsonSchema());
console.error(`wrote ${INGEST_SCHEMA_FILE}`);

import type { DecisionRequest } from '../../domain/curation/curate-review';

/** Sends one decision; true when it was saved. */
export type Decide = (request: Omit<DecisionRequest, 'revision'>) => Promise<boolean>;

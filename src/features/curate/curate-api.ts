/** The review page's calls to the local curate server (src/pipeline/curate-server.ts). */
import type {
  DecisionRefusal,
  DecisionRequest,
  DocumentReview,
  ReviewIndex,
  SourceEditRequest,
} from '../../domain/curation/curate-review';

const CURATE_API = '/api/curate';

/** A refusal from the server, or the server not answering at all. */
export type CurateFailure = DecisionRefusal | { reason: 'offline' };

export type CurateResult<T> = { ok: true; value: T } | { ok: false; failure: CurateFailure };

async function call<T>(path: string, init?: RequestInit): Promise<CurateResult<T>> {
  let res: Response;
  try {
    res = await fetch(`${CURATE_API}${path}`, init);
  } catch {
    return { ok: false, failure: { reason: 'offline' } };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, failure: { reason: 'offline' } };
  }
  if (res.ok) return { ok: true, value: body as T };
  const failure = body as CurateFailure;
  return {
    ok: false,
    failure:
      typeof failure === 'object' && failure !== null && 'reason' in failure
        ? failure
        : { reason: 'bad-request', message: String(res.status) },
  };
}

export const fetchReviews = () => call<ReviewIndex>('');

export const fetchReview = (id: string) =>
  call<DocumentReview>(`/documents/${encodeURIComponent(id)}`);

export const sendDecision = (id: string, decision: DecisionRequest) =>
  call<DocumentReview>(`/documents/${encodeURIComponent(id)}/decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(decision),
  });

export const sendSourceEdit = (id: string, edit: SourceEditRequest) =>
  call<DocumentReview>(`/documents/${encodeURIComponent(id)}/source`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(edit),
  });

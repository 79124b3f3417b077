/**
 * The search index's build, off the page's main thread: a module worker (see
 * build-search-index-in-worker.ts) given the entries' texts in batches, in entry order. It
 * runs the same postingsBuilder as the page, so the index is the same; when told the texts are
 * all sent, it sends back the terms and every term's postings in one buffer (transferred).
 */
import { postingsBuilder } from '../domain/search/search-index';
import type { SearchWorkerReply, SearchWorkerRequest } from './search-worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchWorkerRequest>) => void) | null;
  postMessage(message: SearchWorkerReply, transfer: Transferable[]): void;
};

const postings = postingsBuilder();

scope.onmessage = ({ data }) => {
  if (data.kind === 'texts') {
    const { texts, runs } = data;
    for (let i = 0; i < runs.length; i += 5) {
      const text = texts[runs[i + 2] as number] as string;
      const to = runs[i + 4] as number;
      postings.at(runs[i] as number);
      postings.add(text, runs[i + 1] as number, runs[i + 3] as number, to < 0 ? text.length : to);
    }
    return;
  }
  const { terms, postings: lists } = postings.finish();
  const offsets = new Int32Array(lists.length + 1);
  for (let t = 0; t < lists.length; t++)
    offsets[t + 1] = (offsets[t] as number) + (lists[t] as Int32Array).length;
  const all = new Int32Array(offsets[lists.length] as number);
  lists.forEach((list, t) => all.set(list, offsets[t]));
  scope.postMessage({ kind: 'built', terms, all, offsets }, [all.buffer, offsets.buffer]);
};

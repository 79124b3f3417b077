import type { Actor } from '../../domain/corpus/schema';

/** An actor with the counts the panel shows. */
export interface ActorEntry {
  actor: Actor;
  /** Events the actor takes part in, in the whole corpus. */
  events: number;
  /** Of those, the events left by the other filters. */
  visible: number;
  /** Mentions of the actor across all documents. */
  mentions: number;
}

/**
 * `FEATURED PRESENTERS` / `Helga Brandstätter` / `Amadou Diallo` on the page of a workshop that is
 * one talk: the people of the page's speakers part present it. Only when the event has exactly one
 * talk, that talk names nobody and no agenda item names anyone (else who gives what is unknown).
 */
import type { Draft, DraftTalk } from '../draft.js';

export function presentersOfTheOnlyTalk(draft: Draft, talks: readonly DraftTalk[]): void {
  const [only, ...more] = talks;
  if (!only || more.length > 0 || only.speakers.length > 0 || draft.speakers.length === 0) return;
  if (draft.agenda.some((item) => item.speakers.length > 0)) return;
  only.speakers = draft.speakers.map((p) => ({ name: p.name, affiliation: p.affiliation }));
}

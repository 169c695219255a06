/**
 * The refiners, in the order they run. Order matters; each line says why.
 */
import type { Refiner } from "./refiner.js";
import { dropNegated } from "./dropNegated.js";
import { dropHypothetical } from "./dropHypothetical.js";
import { dropDenied } from "./dropDenied.js";
import { inheritDates } from "./inheritDates.js";
import { useStatementDate } from "./useStatementDate.js";
import { dropRunningTotals } from "./dropRunningTotals.js";
import { dropUndated } from "./dropUndated.js";
import { splitLists } from "./splitLists.js";
import { mergeSameEvent } from "./mergeSameEvent.js";
import { attachClaims } from "./attachClaims.js";
import { markUmbrella } from "./markUmbrella.js";
import { shareWithinDay } from "./shareWithinDay.js";
import { attachCasualtyNotes } from "./attachCasualtyNotes.js";
import { seaOfEngagement } from "./seaOfEngagement.js";
import { dateHeadline } from "./dateHeadline.js";
import { dateSections } from "./dateSections.js";
import { dateByOffset } from "./dateByOffset.js";
import { dateByAnaphora } from "./dateByAnaphora.js";
import { confirmHeadlineStrike } from "./confirmHeadlineStrike.js";
import { placeHeadline } from "./placeHeadline.js";
import { attributeByArticle } from "./attributeByArticle.js";
import { armStrikesByArticle } from "./armStrikesByArticle.js";

export const REFINERS: Refiner[] = [
  dropNegated, // first: what did not happen must not lend its date to a neighbour
  dropHypothetical, // likewise for threats and plans
  dropDenied, // likewise for events a statement denies took place
  confirmHeadlineStrike, // before any date is lent: a headline strike nobody says the US made is not one
  dropRunningTotals, // before dates are borrowed: a running total has no date of its own
  dateSections, // before neighbours lend dates: a timeline entry is dated by its section's heading
  dateByAnaphora, // before statement dates and neighbours: "The attack occurred on Monday" dates what it points back to
  useStatementDate, // the sentence's own statement date beats a neighbour's
  inheritDates, // before dropping undated ones: continuations take their event's date
  dateByOffset, // after inheriting: "a week after X" counts from a dated neighbour
  dateHeadline, // after inheriting (the body's events are dated), before undated ones are dropped
  placeHeadline, // after the headline is dated, before undated body sentences that name its place are dropped
  dropUndated, // events no date resolves are optional; leave them out
  splitLists, // one event per listed date/place, before merging compares them
  seaOfEngagement, // before merging: merged events compare countries
  attachClaims, // before merging, so merged events keep the claimed actor
  mergeSameEvent, // several sentences about one action → one event
  attachCasualtyNotes, // after merging, so "the event just before" is the whole event
  shareWithinDay, // after merging: share a claim or "no casualties" across the day's attacks
  attributeByArticle, // after claims and sharing: a named claimant or the day's actor comes first
  armStrikesByArticle, // after sharing: the day's own weapons come first
  markUmbrella, // last: needs the final set of specific events
];

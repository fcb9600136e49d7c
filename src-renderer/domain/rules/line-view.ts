import type { Fact } from '../engine/facts';

/** A line as the line rules see it: its id (JSON path at load), raw amount text and its fact. */
export interface LineView {
  id: string;
  amountText: string;
  fact: Fact;
}

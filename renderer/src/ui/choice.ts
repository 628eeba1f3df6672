/** One option of a SegmentedChoice: its value, the words shown, and optional extra words for screen readers ("2" + " out of 5"). */
export interface Choice<V> {
  value: V;
  label: string;
  srSuffix?: string;
}

// Chart colours come from the design tokens, so a chart is as legible as the text around it in light and dark.

/** The few colours a chart uses: one accent, the text colours and the grid. */
export interface ChartTheme {
  accent: string;
  accentSoft: string;
  text: string;
  muted: string;
  grid: string;
  font: string;
}

/** Used where no stylesheet is loaded (unit tests); matches the light tokens. */
export const FALLBACK_THEME: ChartTheme = {
  accent: '#2f6f6a',
  accentSoft: '#e1eeec',
  text: '#1c2423',
  muted: '#56625f',
  grid: '#d8dfdd',
  font: 'system-ui, sans-serif',
};

/** Reads the tokens as they apply now (the dark theme swaps them under prefers-color-scheme). */
export function readChartTheme(el: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(el);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: token('--accent', FALLBACK_THEME.accent),
    accentSoft: token('--accent-soft', FALLBACK_THEME.accentSoft),
    text: token('--text', FALLBACK_THEME.text),
    muted: token('--text-muted', FALLBACK_THEME.muted),
    grid: token('--border', FALLBACK_THEME.grid),
    font: token('--font-sans', FALLBACK_THEME.font),
  };
}

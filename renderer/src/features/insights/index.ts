// Insights' public face: the panel of charts the plan screen shows, the same charts as tables for paper, and its store.
export { default as InsightsPanel } from './components/InsightsPanel.vue';
export { default as PrintCharts } from './components/PrintCharts.vue';
export { useInsightsStore } from './insights-store';

// Insights' public face: the panel of charts the plan screen shows, and its store.
export { default as InsightsPanel } from './components/InsightsPanel.vue';
export { useInsightsStore } from './insights-store';

// The only module that imports Chart.js: registers just the pieces the Plan screen draws, so the lazy chunk stays small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LineController, LineElement, LinearScale, PointElement, Tooltip);

/** Chart.js with the line and bar charts registered. */
export { Chart };

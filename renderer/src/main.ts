// Entry: picks the API door, then mounts the app, or the "open the printed link" page when there is no door.
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import App from './App.vue';
import NoAccessView from './views/NoAccessView.vue';
import { createDefaultClient } from './api/default-client';
import { apiClientKey } from './api/inject-api';
import { createAppRouter } from './router/create-app-router';

const client = createDefaultClient();
if (client) {
  const app = createApp(App);
  app.provide(apiClientKey, client);
  app.use(createPinia());
  app.use(createAppRouter());
  app.mount('#app');
} else {
  createApp(NoAccessView).mount('#app');
}

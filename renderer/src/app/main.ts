// Entry: picks the API door, then mounts the app, or the "open the printed link" page when there is no door.
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import '@renderer/shared/styles/tokens.css';
import '@renderer/shared/styles/base.css';
import '@renderer/shared/styles/forms.css';
import '@renderer/shared/styles/text.css';
import '@renderer/shared/styles/tables.css';
import '@renderer/shared/styles/rows.css';
import App from './App.vue';
import NoAccessView from './NoAccessView.vue';
import { createDefaultClient } from '@renderer/api/default-client';
import { apiClientKey } from '@renderer/api/inject-api';
import { createAppRouter } from './create-app-router';

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

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createDefaultClient } from './api/default-client';
import { apiClientKey } from './api/inject-api';

const client = createDefaultClient();
const app = createApp(App);
if (client) app.provide(apiClientKey, client);
app.use(createPinia());
app.mount('#app');

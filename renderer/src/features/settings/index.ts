// Settings' public face: its screen, and the app facts (version, data folder, startup notices) the frame shows.
export { useAppStore } from './app-store';

export const SettingsView = () => import('./SettingsView.vue');

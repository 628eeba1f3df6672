// Data transfer's public face: the "Owning your data" panel Settings shows, and the store backups restore through.
export { default as DataActionsPanel } from './DataActionsPanel.vue';
export { useDataAdminStore } from './data-admin-store';

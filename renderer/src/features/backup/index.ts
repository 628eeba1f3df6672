// Backups' public face: the panel Settings shows, its store, and which backup is the newest.
export { default as BackupPanel } from './BackupPanel.vue';
export { useBackupStore } from './backup-store';
export { newestBackup } from './newest-backup';

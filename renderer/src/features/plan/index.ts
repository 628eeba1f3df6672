// The plan's public face: its screen and its print view (the source of the PDF).
export const PlanView = () => import('./PlanView.vue');
export const PlanPrintView = () => import('./PlanPrintView.vue');

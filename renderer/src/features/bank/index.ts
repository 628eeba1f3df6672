// The question bank's public face: its screen, and the picker store the journal's question form searches with.
export { useBankPickerStore } from './bank-picker-store';

export const QuestionBankView = () => import('./QuestionBankView.vue');

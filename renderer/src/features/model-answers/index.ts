// Model answers' public face: the rebuild editor, the fold shown before an attempt, the comparison after it, and the
// search hits beside the journal's results.
export { default as RebuildAnswer } from './components/RebuildAnswer.vue';
export { default as ModelAnswerFold } from './components/ModelAnswerFold.vue';
export { default as KeptParts } from './components/KeptParts.vue';
export { default as ModelAnswerHits } from './components/ModelAnswerHits.vue';
export { default as ModelAnswerView } from './components/ModelAnswerView.vue';

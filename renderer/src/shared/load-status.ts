/** Where a store's data is: not asked for yet, on its way, here, or failed (the store keeps the error). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

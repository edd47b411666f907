// STUB: Node-only extras (worker pool batches, Node streams).
export {};

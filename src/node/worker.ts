// STUB: the worker of the batch pool.
export {};

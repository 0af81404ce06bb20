// The pages' module, where Stainless's SDKs had their page classes: the runtime's (`AbstractPage`, `PagePromise`,
// the base classes of `page-base`) and, in an SDK with pages, its own classes of `src/pagination.ts`. Those extend the
// runtime's, which therefore live in `page-base`: re-exporting them from here does not make an import cycle.
export * from '../pagination.js';

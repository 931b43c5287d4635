// citation.js imports node-fetch, which needs Node's own modules. In the browser the browser's
// fetch stands in (next.config.ts aliases it); citations here fetch nothing anyway.
const browserFetch: typeof fetch = (...args) => globalThis.fetch(...args);
export default browserFetch;
export const Headers = globalThis.Headers;

/** The site's public address, for absolute links in exports and metadata. Read at build time. */
export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";

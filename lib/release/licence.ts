import { siteIdentity } from "../site/identity";

/** The licence of the project's own data and summaries (the data folder's site.yaml); each source text keeps its own terms. */
export const LICENCE = siteIdentity().licence;

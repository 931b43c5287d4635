/**
 * Import first in a script that reaches the site's identity (citations, the licence): Next bakes
 * it into the app from site.yaml (next.config.ts), and this does the same for the script.
 */
import { DATA_DIR } from "../lib/load/load";
import { siteEnv } from "../lib/load/site-file";

process.env.POSITIONS_SITE ??= siteEnv(process.env.POSITIONS_DATA_DIR ?? DATA_DIR);

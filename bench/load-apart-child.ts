/** The process measureLoadApart starts: one measureLoad, its result sent back to the parent. */
import { measureLoad } from "./load";

const [url, seconds, connections, rate] = process.argv.slice(2);
const result = await measureLoad(url!, Number(seconds), Number(connections), undefined, Number(rate));
process.send!(result, () => process.exit(0));

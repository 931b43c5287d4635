// The same card as the Open Graph image, for X/Twitter's summary_large_image.
export { default, generateStaticParams } from "./opengraph-image";

export const dynamicParams = false;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The issue's title and proposition, and each position's stance in icon and word.";

import type { Config } from "tailwindcss";

// Loaded from app/globals.css with @config, the stack's place for JavaScript configuration.
// It holds nothing yet: Tailwind 4 finds the class names by itself, and the dark variant
// (screen only, so paper stays light) and the rest of the theme are declared in globals.css.
export default {} satisfies Config;

import type { Config } from "tailwindcss";

// Loaded from app/globals.css with @config. Stance colours are paired with an icon
// and a word everywhere: colour is never the only signal.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "media",
  theme: {
    extend: {
      colors: {
        stance: {
          supports: "#15803d",
          conditional: "#a16207",
          alternative: "#1d4ed8",
          ambiguous: "#7e22ce",
          rejects: "#b91c1c",
          none: "#64748b",
        },
      },
      maxWidth: { prose: "68ch" },
    },
  },
} satisfies Config;

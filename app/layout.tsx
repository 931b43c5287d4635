import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/ui/site-header";
import { SiteFooter } from "@/components/release/site-footer";
import { siteUrl } from "@/lib/site/links";
import { siteIdentity } from "@/lib/site/identity";
import { SITE_NAME, SITE_TITLE } from "@/lib/site/metadata";
import { stanceCssVariables } from "@/lib/data/stance-style";
import { stanceIconCss } from "@/lib/data/stance-icons";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_TITLE, template: `%s · ${SITE_NAME}` },
  description: siteIdentity().description,
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        {/* The stance palette and icons, defined once in lib/data/, as the CSS variables and masks ui.css reads. */}
        <style dangerouslySetInnerHTML={{ __html: stanceCssVariables() + stanceIconCss() }} />
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {/* Shown only on a page with the matrix's table (ui.css): one Tab from the top. */}
        <a href="#matrix-results" className="skip-link skip-table">
          Skip to the table
        </a>
        {/* React puts it in the head. Not in the metadata: a page's own `alternates` would replace it. */}
        <link rel="alternate" type="application/atom+xml" title="Positions Matrix: what changed" href="/changes.atom" />
        <link rel="alternate" type="application/feed+json" title="Positions Matrix: what changed (JSON Feed)" href="/changes.json" />
        <SiteHeader />
        <main id="main" className="mx-auto max-w-screen-2xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

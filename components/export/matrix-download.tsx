import { DownloadCsvButton } from "@/components/export/download-csv-button";
import { DownloadImage } from "@/components/export/download-image";
import { STANCE_ICON_FILL, STANCE_ICON_PATHS } from "@/lib/data/stance-icons";
import { STANCES, type Stance } from "@/lib/data/vocab";
import { plural } from "@/lib/format";
import { currentQuery } from "../matrix/address-store";
import { useMatrix } from "../matrix/use-matrix";

/** The stance icons as the image draws them: the same shapes as the page's. */
const ICONS = Object.fromEntries(STANCES.map((s) => [s, { paths: STANCE_ICON_PATHS[s], fill: STANCE_ICON_FILL[s] }])) as Record<Stance, { paths: string[]; fill?: string }>;

/** The cells.csv the build wrote: the view's quotes are its rows for the view's cells. */
const CELLS_CSV = "/export/cells.csv";

/**
 * "Download CSV" of exactly the view in the address bar (the evidence panel left out), and
 * "Download quotes" of the same view's quotes in the long format, and "Download image" of it as PNG or SVG.
 */
export function MatrixDownload() {
  const { data, reader } = useMatrix();
  // The view as the address holds it at the press; the export code (the table run headless) loads then too.
  const view = async () => {
    const shown = reader.withoutCell(reader.read(currentQuery()));
    const { exportView } = await import("@/lib/export/view");
    return exportView(data, shown);
  };
  // The browser's own address, so the links point where the user is, whatever the build assumed.
  const options = () => ({ siteUrl: window.location.origin, exportedAt: new Date() });
  return (
    <>
      <DownloadCsvButton
        title="Save the issues and positions shown, in this order, with their agreement and the view's address, as a CSV file"
        make={async () => {
          const [exported, { viewCsvFile }] = await Promise.all([view(), import("@/lib/export/view-tables")]);
          const file = viewCsvFile(exported, options());
          return { ...file, saved: `Saved ${file.name}: ${plural(exported.rows.length, "issue")} × ${plural(exported.positions.length, "position")}.` };
        }}
      />
      <DownloadCsvButton
        label="Download quotes"
        title="Save every quote of the cells shown, one row each, as a CSV file in the columns of cells.csv"
        make={async () => {
          const [exported, { viewQuotesCsvFile }, response] = await Promise.all([view(), import("@/lib/export/view-tables"), fetch(CELLS_CSV)]);
          if (!response.ok) throw new Error(`${CELLS_CSV} answered ${response.status}`);
          const file = viewQuotesCsvFile(await response.text(), exported, options());
          return { ...file, saved: `Saved ${file.name}: ${plural(file.rows, "row")}, one per quote of the cells shown (and one per cell without any).` };
        }}
      />
      <DownloadImage
        make={async (mode) => {
          const [exported, { viewImage, viewSvg }] = await Promise.all([view(), import("@/lib/export/view-image")]);
          const image = viewImage(exported, mode, options());
          return { ...viewSvg(image, ICONS), fileName: image.fileName };
        }}
      />
    </>
  );
}

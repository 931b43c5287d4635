import { DownloadCsvButton } from "@/components/export/download-csv-button";
import { exportView } from "@/lib/export/view";
import { plural } from "@/lib/format";
import { currentQuery } from "../matrix/address-store";
import { useMatrix } from "../matrix/use-matrix";

/** The cells.csv the build wrote: the view's quotes are its rows for the view's cells. */
const CELLS_CSV = "/export/cells.csv";

/**
 * "Download CSV" of exactly the view in the address bar (the evidence panel left out), and
 * "Download quotes" of the same view's quotes in the long format.
 */
export function MatrixDownload() {
  const { data, reader } = useMatrix();
  const view = () => exportView(data, reader.withoutCell(reader.read(currentQuery())));
  // The browser's own address, so the links point where the user is, whatever the build assumed.
  const options = () => ({ siteUrl: window.location.origin, exportedAt: new Date() });
  return (
    <>
      <DownloadCsvButton
        title="Save the issues and positions shown, in this order, with their agreement and the view's address, as a CSV file"
        make={async () => {
          const exported = view();
          const { viewCsvFile } = await import("@/lib/export/view-tables");
          const file = viewCsvFile(exported, options());
          return { ...file, saved: `Saved ${file.name}: ${plural(exported.rows.length, "issue")} × ${plural(exported.positions.length, "position")}.` };
        }}
      />
      <DownloadCsvButton
        label="Download quotes"
        title="Save every quote of the cells shown, one row each, as a CSV file in the columns of cells.csv"
        make={async () => {
          const exported = view();
          const [{ viewQuotesCsvFile }, response] = await Promise.all([import("@/lib/export/view-tables"), fetch(CELLS_CSV)]);
          if (!response.ok) throw new Error(`${CELLS_CSV} answered ${response.status}`);
          const file = viewQuotesCsvFile(await response.text(), exported, options());
          return { ...file, saved: `Saved ${file.name}: ${plural(file.rows, "row")}, one per quote of the cells shown (and one per cell without any).` };
        }}
      />
    </>
  );
}

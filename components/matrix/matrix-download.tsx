import { DownloadCsvButton } from "@/components/export/download-csv-button";
import { exportView } from "@/lib/matrix/apply-view";
import { currentQuery } from "./address-store";
import { useMatrix } from "./use-matrix";

/** "Download CSV" of exactly the view in the address bar (the evidence panel left out). */
export function MatrixDownload() {
  const { data, reader } = useMatrix();
  return <DownloadCsvButton getExport={() => exportView(data, reader.withoutCell(reader.read(currentQuery())))} />;
}

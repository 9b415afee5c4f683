/** Saves bytes as a download in the browser: a link to an object URL, clicked, then let go. No network involved. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

export const saveInBrowser: SaveFile = (bytes, fileName) => {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is let go once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** "Adult Social Care Performance Scorecard – Quarter 3 2021/22" → "Adult Social Care Performance Scorecard – Quarter 3 2021-22.docx". */
export function paperFileName(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|]+/g, "-").replace(/\s+/g, " ").trim().slice(0, 120);
  return `${safe || "Committee report"}.docx`;
}

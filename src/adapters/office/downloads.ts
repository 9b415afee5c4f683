/**
 * Whether the pane can hand the analyst a file. Excel on the web runs the pane in the browser, which saves a
 * download as any page's; Excel desktop runs it in an embedded browser (WebView2, WKWebView) that does not save
 * downloads reliably, so there the pane says so and offers the sheet instead.
 */
import type { HostSupport } from "../../engine/sheet/workbook";

export const DESKTOP_NO_DOWNLOAD =
  "Excel desktop's pane cannot save files reliably, so the Word paper is not offered here. Add the Committee summary sheet instead and use File > Save As > PDF, open the workbook in Excel on the web to download the paper, or make it with the command line: committee-scorecard report <workbook.xlsx>.";

export function officeDownloadSupport(): HostSupport {
  const platform = typeof Office !== "undefined" ? Office.context?.diagnostics?.platform : undefined;
  return platform === Office.PlatformType.OfficeOnline ? { supported: true } : { supported: false, reason: DESKTOP_NO_DOWNLOAD };
}

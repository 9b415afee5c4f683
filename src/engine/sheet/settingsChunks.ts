/** A cell holds at most 32,767 characters, so stored settings go down column A in pieces. */
export const SETTINGS_CHUNK = 30_000;

export function settingsChunks(json: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push(json.slice(i, i + SETTINGS_CHUNK));
  return chunks.length > 0 ? chunks : [""];
}

/** Writing an output file: atomic, never through a link to the input, never over a file without --force. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeAtomically, type FileSystem } from "./writeAtomically";

const realFs: FileSystem = { openSync, writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length), fsyncSync, closeSync, renameSync, rmSync };

describe("writeAtomically", () => {
  it("writes the whole file, through a temporary file that is renamed into place", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-write-"));
    const target = path.join(dir, "out.xlsx");
    expect(writeAtomically(target, Buffer.from("PK complete"))).toEqual({ ok: true, value: target });
    expect(readFileSync(target, "utf8")).toBe("PK complete");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("on a full disk leaves no file behind, and an earlier file as it was", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-write-"));
    const target = path.join(dir, "out.xlsx");
    writeFileSync(target, "last quarter");
    let written = 0;
    const fullDisk: FileSystem = {
      ...realFs,
      writeSync: (fd, data, offset, length) => {
        if (written > 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        written = writeSync(fd, data, offset, Math.min(length, 4));
        return written;
      },
    };
    const result = writeAtomically(target, Buffer.from("PK this will not fit"), fullDisk);
    expect(result).toEqual({ ok: false, error: { kind: "value", message: `Nothing was written to ${target}: the disk is full.` } });
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(target, "utf8")).toBe("last quarter");
  });
});

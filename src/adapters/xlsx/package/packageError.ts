/** A package that cannot be opened or read: the message says why, naming the part, in words an analyst can act on. */
export class PackageError extends Error {
  constructor(
    readonly kind: "not-zip" | "too-large" | "malformed",
    message: string,
  ) {
    super(message);
    this.name = "PackageError";
  }
}

/** What is wrong inside a part, said without its name ("has a row numbered …"); readingPart adds the name. */
export class PartContentError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PartContentError";
  }
}

/**
 * Runs a read of `part`, turning what is wrong inside it into a PackageError that names the part: XML that is not
 * well-formed (the scanner's XmlError) or content past Excel's limits (PartContentError).
 */
export function readingPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PartContentError) throw new PackageError("malformed", `The part ${part} ${error.message}.`);
    if (error instanceof Error && error.name === "XmlError") throw new PackageError("malformed", `The part ${part} is not well-formed XML: ${error.message}.`);
    throw error;
  }
}

/**
 * Turns a chosen file's bytes into text, whatever its encoding: UTF-8 with or without a byte-order mark,
 * UTF-16 little- or big-endian (Excel's "Unicode text"), or Windows-1252 / ISO-8859-1 (Excel's "CSV (Comma
 * delimited)" on Windows, and older CTFs). What had to be guessed is said in `information`.
 */
export interface DecodedFile {
  text: string;
  encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" | "windows-1252";
  information: string[];
}

const LATIN_WORDS = "Windows-1252 (Western European)";

export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (starts(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3));
  if (starts(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), "UTF-16LE");
  if (starts(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), "UTF-16BE");
  // Workbooks (xlsx is a zip file; old xls a compound file) are passed on as they are, for the sniffer to name.
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { text: new TextDecoder("windows-1252").decode(bytes.subarray(0, 4096)), encoding: "windows-1252", information: [] };
  }
  const sixteen = utf16WithoutMark(bytes);
  if (sixteen) return utf16(bytes, sixteen);
  const declared = xmlDeclaredEncoding(bytes);
  if (declared && /^(iso-?8859-1|latin-?1|windows-1252|cp1252)$/i.test(declared)) {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      information: [`The file says it is in ${declared}, so it was read that way.`],
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8", information: [] };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      information: [
        `The file is not in UTF-8, so it was read as ${LATIN_WORDS}, the way Excel saves “CSV (Comma delimited)”. ` +
          "Check that names with accents look right below; if not, save it as “CSV UTF-8” and choose it again.",
      ],
    };
  }
}

function utf8(bytes: Uint8Array): DecodedFile {
  const text = new TextDecoder("utf-8").decode(bytes);
  const information = text.includes("\uFFFD")
    ? ["The file says it is in UTF-8 but some characters in it are not: rows with a character that could not be read are skipped."]
    : [];
  return { text, encoding: "UTF-8", information };
}

function utf16(bytes: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE"): DecodedFile {
  const text = new TextDecoder(encoding.toLowerCase()).decode(bytes);
  const order = encoding === "UTF-16LE" ? "little-endian" : "big-endian";
  return { text, encoding, information: [`The file is in UTF-16 (${order}), as Excel’s “Unicode Text” saves it: it was read as such.`] };
}

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte-order mark: text in Latin letters has a zero byte in every other place. */
function utf16WithoutMark(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "UTF-16LE";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "UTF-16BE";
  return undefined;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

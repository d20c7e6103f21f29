import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from "@zip.js/zip.js";

/**
 * Wraps one file in a zip encrypted with WinZip AES-256 (ZipCrypto is breakable in minutes
 * and never used). 7-Zip, WinRAR, WinZip, Keka (macOS) and `7z x` open it; Windows
 * Explorer's built-in zip and macOS Archive Utility cannot open AES-encrypted zips.
 */
export async function encryptedZip(fileName: string, content: Uint8Array, password: string): Promise<Buffer> {
  if (password === "") throw new TypeError("an empty password encrypts nothing");
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    password,
    encryptionStrength: 3,
    zipCrypto: false,
    useWebWorkers: false,
  });
  await writer.add(fileName, new Uint8ArrayReader(content));
  return Buffer.from(await writer.close());
}

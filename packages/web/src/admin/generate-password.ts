// Without look-alike characters (0/O, 1/l/I) so that it can be read out or copied by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random initial password (the user must change it at first sign-in). */
export function generatePassword(length = 16): string {
  const limit = 256 - (256 % ALPHABET.length); // rejection sampling keeps every character equally likely
  let password = "";
  while (password.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < limit && password.length < length) password += ALPHABET.charAt(byte % ALPHABET.length);
    }
  }
  return password;
}

/** The associated data that binds a ciphertext to one field of one row. */
export function aad(context: string, rowId: string): string {
  return `${context}:${rowId}`;
}

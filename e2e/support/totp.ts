import { generate } from "otplib";

/** The secret inside an otpauth:// URI, as an authenticator app would read it from the QR code. */
export function secretFromOtpauth(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error(`no secret in ${uri}`);
  return secret;
}

/** A code from the next 30-second step, waiting for it: the server refuses a code twice. */
export async function freshTotp(secret: string, usedAt: number): Promise<string> {
  const step = (ms: number) => Math.floor(ms / 30_000);
  while (step(Date.now()) <= step(usedAt)) await new Promise((r) => setTimeout(r, 500));
  return generate({ secret });
}

export function totpNow(secret: string): Promise<string> {
  return generate({ secret });
}

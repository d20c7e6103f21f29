import type { FastifyReply } from "fastify";
import type { Config } from "../config.ts";

export const SESSION_COOKIE = "ariadne_session";

/** HttpOnly, SameSite=Strict, Secure behind TLS; lives as long as the session's absolute limit. */
export function setSessionCookie(reply: FastifyReply, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: config.secureCookies,
    path: "/",
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "strict",
    secure: config.secureCookies,
    path: "/",
  });
}

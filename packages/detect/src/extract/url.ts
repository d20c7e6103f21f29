import type { HandleExtraction, UrlExtraction } from "../types.ts";
import { spanOf, type ExtractContext } from "./context.ts";
import { KNOWN_TLDS } from "./email.ts";

/** URLs (with a scheme, "www." or a well-known top-level domain) and messaging/social handles. */
const URL_RE =
  /(?<![@a-z0-9._-])((?:https?:\/\/)?(?:www\.)?(?:[a-z0-9][a-z0-9-]{0,62}\.)+([a-z]{2,12}))((?:\/[^\s<>"'`{}|\\^]*)?)/g;

const HOST_HINT = /[a-z0-9-]\.[a-z]{2}/;

/** Sites whose paths are personal handles. */
const HANDLE_SITES: Record<string, { platform: string; prefix?: string }> = {
  "t.me": { platform: "telegram" },
  "telegram.me": { platform: "telegram" },
  "wa.me": { platform: "whatsapp" },
  "instagram.com": { platform: "instagram" },
  "snapchat.com": { platform: "snapchat", prefix: "add/" },
  "onlyfans.com": { platform: "onlyfans" },
  "twitter.com": { platform: "twitter" },
  "x.com": { platform: "twitter" },
  "tiktok.com": { platform: "tiktok", prefix: "@" },
  "facebook.com": { platform: "facebook" },
  "m.me": { platform: "messenger" },
  "kik.me": { platform: "kik" },
};

export function extractUrls(ctx: ExtractContext): { urls: UrlExtraction[]; handles: HandleExtraction[] } {
  const text = ctx.norm.text;
  const urls: UrlExtraction[] = [];
  const handles: HandleExtraction[] = [];
  // Every URL has a label, a dot and two letters of its top-level domain: most ads have none.
  if (!HOST_HINT.test(text)) return { urls, handles };
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
    const [, hostPart = "", tld = "", rawPath = ""] = m;
    const schemed = /^(https?:\/\/|www\.)/.test(hostPart);
    if (!schemed && !KNOWN_TLDS.has(tld)) continue;
    // A number like "12.50" or a time "10.30" has no letters in its labels.
    if (!/[a-z]/.test(hostPart.replace(/^(https?:\/\/)?(www\.)?/, "").replace(/\.[a-z]+$/, "")) && !schemed) {
      if (!HANDLE_SITES[hostPart]) continue;
    }
    const path = rawPath.replace(/[.,;:!?)\]]+$/, "");
    const host = hostPart.replace(/^https?:\/\//, "").replace(/^www\./, "");
    const end = m.index + hostPart.length + path.length;
    const span = spanOf(ctx, m.index, end);
    const site = HANDLE_SITES[host];
    const segment = path.replace(/^\//, "");
    const name = site
      ? (site.prefix && segment.startsWith(site.prefix) ? segment.slice(site.prefix.length) : segment)
          .split(/[/?#]/)[0]
          ?.replace(/^@/, "")
      : undefined;
    if (site && name && name.length >= 2) {
      handles.push({
        kind: "handle",
        ...span,
        value: `${site.platform}:${name}`,
        platform: site.platform,
        name,
      });
      continue;
    }
    urls.push({ kind: "url", ...span, value: `${host}${path.replace(/\/$/, "")}`, host });
  }
  return { urls, handles };
}

const PLATFORMS: Record<string, string> = {
  telegram: "telegram",
  telegrm: "telegram",
  tg: "telegram",
  tlgrm: "telegram",
  snapchat: "snapchat",
  snap: "snapchat",
  sc: "snapchat",
  instagram: "instagram",
  insta: "instagram",
  ig: "instagram",
  kik: "kik",
  wickr: "wickr",
  wickrme: "wickr",
  wechat: "wechat",
  skype: "skype",
  threema: "threema",
  line: "line",
  twitter: "twitter",
  tiktok: "tiktok",
  onlyfans: "onlyfans",
  of: "onlyfans",
  session: "session",
};

const NOT_NAMES = new Set(
  "only me us or and ok available now here the to on at for with me seulement uniquement solo doar pe sau si et ou y o id name account user is es est e just contact message messages chat app".split(
    " ",
  ),
);

const CUE =
  /(?<![a-z0-9])(telegram|telegrm|tlgrm|tg|snapchat|snap|sc|instagram|insta|ig|kik|wickr ?me|wickr|wechat|skype|threema|line(?: id)?|twitter|tiktok|onlyfans|of|session)(?![a-z0-9])(?: id)?(?:\s*:[a-z][a-z0-9_]*:)*\s*([:=>\-@]*)\s*@?([a-z0-9][a-z0-9_.]{2,31})/g;
const AT_HANDLE = /(?<![a-z0-9._%+-])@([a-z0-9_][a-z0-9_.]{2,29})(?![a-z0-9_]*\.[a-z]{2,})/g;

/**
 * "telegram: anna_x", "snap annab92", "@anna.x" (when not part of an e-mail address); emoji
 * between the app and the name ("telegram 💋 anna_x") are passed over.
 */
export function extractHandles(ctx: ExtractContext): HandleExtraction[] {
  const text = ctx.norm.text;
  const found: HandleExtraction[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const [whole, cue = "", delimiter = "", rawName = ""] = m;
    const name = rawName.replace(/\.+$/, "");
    const platform = PLATFORMS[cue.replace(/ ?(id|me)$/, "").replace(" ", "")] ?? PLATFORMS[cue] ?? "unknown";
    const explicit = delimiter.length > 0 || /@/.test(whole) || /[0-9_.]/.test(name);
    if (NOT_NAMES.has(name) || name.length < 3 || !explicit) continue;
    // A name without a letter ("6.3.7.0.5.7", "0612345678") is a phone number, not an account.
    if (!/[a-z]/.test(name)) continue;
    // An emoji token (":kiss:", see normalise) is decoration, never a handle.
    const nameStart = m.index + whole.length - rawName.length;
    if (text[nameStart - 1] === ":" && text[nameStart + rawName.length] === ":") continue;
    const start = m.index;
    const end = start + whole.length - (rawName.length - name.length);
    found.push({ kind: "handle", ...spanOf(ctx, start, end), value: `${platform}:${name}`, platform, name });
  }
  AT_HANDLE.lastIndex = 0;
  for (let m = AT_HANDLE.exec(text); m !== null; m = AT_HANDLE.exec(text)) {
    const name = (m[1] ?? "").replace(/\.+$/, "");
    if (NOT_NAMES.has(name) || !/[a-z]/.test(name)) continue;
    const span = spanOf(ctx, m.index, m.index + 1 + name.length);
    if (found.some((h) => h.start < span.end && span.start < h.end)) continue;
    found.push({
      kind: "handle",
      ...span,
      value: `unknown:${name}`,
      platform: "unknown",
      name,
    });
  }
  return found;
}

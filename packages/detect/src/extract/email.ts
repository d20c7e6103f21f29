import type { EmailExtraction } from "../types.ts";
import { spanOf, type ExtractContext } from "./context.ts";

/**
 * E-mail addresses, also written out to dodge filters: "anna at gmail dot com",
 * "anna (at) gmail (dot) com", "anna arobase gmail point com", "anna arroba gmail punto com",
 * "anna [at] gmail [.] com". Worded forms count only with a well-known top-level domain.
 */
const AT = String.raw`(\s*@\s*|\s*[([{<]\s*(?:at|arobase|arroba|a|@)\s*[)\]}>]\s*|\s+(?:at|arobase|arroba|aroba)\s+)`;
const DOT = String.raw`(?:\.|\s*[([{<]\s*(?:dot|point|punto|punct|\.)\s*[)\]}>]\s*|\s+(?:dot|point|punto|punct)\s+)`;
const EMAIL = new RegExp(
  String.raw`(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63})${AT}((?:[a-z0-9-]{1,63}${DOT}){1,4})([a-z]{2,12})(?![a-z0-9])`,
  "g",
);
const DOT_FORMS = new RegExp(DOT, "g");
const PREFILTER = /@|\bat\b|arobase|arroba|aroba|\(a\)|\[a\]/;

export const KNOWN_TLDS = new Set(
  "com net org info biz io me co uk fr es ro de it nl be at ch pl pt ie eu us ca ru ua md bg gr hu cz sk se no dk fi lt lv ee hr si rs al tr ng mx ar br cl".split(
    " ",
  ),
);

export function extractEmails(ctx: ExtractContext): EmailExtraction[] {
  const text = ctx.norm.text;
  if (!PREFILTER.test(text)) return [];
  const found: EmailExtraction[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const [whole, local = "", at = "", domainPart = "", tld = ""] = m;
    const literal = at.trim() === "@" && !/\s/.test(domainPart) && !/[([{<]/.test(domainPart);
    if (!literal && !KNOWN_TLDS.has(tld)) continue;
    const domain = domainPart.replace(DOT_FORMS, ".").replace(/\.+$/, "");
    const value = `${local.replace(/\.+$/, "")}@${domain}.${tld}`;
    found.push({
      kind: "email",
      ...spanOf(ctx, m.index, m.index + whole.length),
      value,
      ...(literal ? {} : { obfuscation: ["worded-address" as const] }),
    });
  }
  return found;
}

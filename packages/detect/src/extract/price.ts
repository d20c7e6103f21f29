import type { PriceExtraction } from "../types.ts";
import { spanOf, type ExtractContext } from "./context.ts";

/**
 * Prices and rates: "150€", "eur 150", "200 lei/ora", "100$ per hour", "30min 80eur",
 * "1h = 150 euros", "120 euros la nuit". The amount, ISO currency and, when stated, the unit.
 */
const CURRENCIES: Record<string, string> = {
  "€": "EUR",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  e: "EUR",
  $: "USD",
  usd: "USD",
  dollar: "USD",
  dollars: "USD",
  dolares: "USD",
  "£": "GBP",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
  lei: "RON",
  ron: "RON",
  leu: "RON",
  chf: "CHF",
  pln: "PLN",
  zl: "PLN",
};
type Unit = NonNullable<PriceExtraction["per"]>["unit"];
const UNITS: Record<string, Unit> = {};
for (const [unit, words] of Object.entries({
  minute: "min mins minute minutes minuto minutos minut minute",
  hour: "h hr hrs hour hours heure heures hora horas ora ore",
  night: "night nights nuit nuits noche noches noapte nopti",
  day: "day days jour jours dia dias zi zile",
  week: "week weeks semaine semaines semana semanas saptamana",
  month: "month months mois mes meses luna",
})) {
  for (const w of words.split(" ")) UNITS[w] = unit as Unit;
}

const CUR = "(€|\\$|£|eur|euros?|usd|dollars?|dolares|gbp|pounds?|lei|ron|leu|chf|pln|zl)";
const AMOUNT = "(\\d{1,6}(?:[.,]\\d{1,2})?)";
const UNIT = `(${Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const PER = `(?:\\s*(?:/|per|par|pour|por|pe|la|a|x|the|each|=|-)\\s*|\\s+)`;
const AFTER = `(?:${PER}(\\d{1,3})?\\s*${UNIT}(?![a-z]))?`;
const BEFORE = `(?:(\\d{1,3})\\s*${UNIT}\\s*[:=\\-]?\\s*)?`;
const PRICE = new RegExp(
  `(?<![a-z0-9])${BEFORE}(?:${AMOUNT}\\s*${CUR}|${CUR}\\s*${AMOUNT})(?![a-z0-9])${AFTER}`,
  "g",
);

export function extractPrices(ctx: ExtractContext): PriceExtraction[] {
  const text = ctx.norm.text;
  const found: PriceExtraction[] = [];
  PRICE.lastIndex = 0;
  for (let m = PRICE.exec(text); m !== null; m = PRICE.exec(text)) {
    const [whole, qBefore, uBefore, amountA, curA, curB, amountB, qAfter, uAfter] = m;
    const rawAmount = amountA ?? amountB ?? "";
    const currency = CURRENCIES[curA ?? curB ?? ""];
    if (!currency || rawAmount === "") continue;
    const amount = Number(rawAmount.replace(",", "."));
    if (!Number.isFinite(amount) || amount <= 0) continue;
    let per: PriceExtraction["per"] = null;
    let end = m.index + whole.length;
    const unitWord = uAfter ?? uBefore;
    if (unitWord) {
      const unit = UNITS[unitWord];
      if (unit) per = { quantity: Number(qAfter ?? qBefore ?? "1") || 1, unit };
    }
    if (uAfter === undefined) end = m.index + whole.trimEnd().length;
    const value = `${amount} ${currency}${per ? `/${per.quantity}${per.unit}` : ""}`;
    found.push({ kind: "price", ...spanOf(ctx, m.index, end), value, amount, currency, per });
  }
  return found;
}

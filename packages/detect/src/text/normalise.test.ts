import { describe, expect, it } from "vitest";
import { normalise, toOriginal } from "./normalise.ts";
import { sanitize } from "./sanitize.ts";
import { tokenise } from "./tokenise.ts";

const norm = (s: string) => normalise(s).text;

describe("normalise", () => {
  it.each([
    ["en", "call five 5 five two", "call 5 5 5 2"],
    ["en", "zero seven double 7 one", "0 7 77 1"],
    ["fr", "appelle cinq cinq cinq deux", "appelle 5 5 5 2"],
    ["fr", "soixante dix sept quatre vingt dix neuf douze", "77 99 12"],
    ["es", "llama cinco 5 cinco seis", "llama 5 5 5 6"],
    ["es", "treinta y dos veintiuno cuatro", "32 21 4"],
    ["ro", "suna cinci cinci 6 șapte", "suna 5 5 6 7"],
    ["ro", "douăzeci și doi trei opt", "22 3 8"],
  ])("turns spelled digits into digits in runs (%s: %s)", (_lang, input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it("leaves number words alone outside digit runs", () => {
    expect(norm("one night with un ami, una noche")).toBe("one night with un ami, una noche");
  });

  it("folds fullwidth, mathematical and circled characters by NFKC", () => {
    expect(norm("Ｃａｌｌ 𝟎𝟔 𝐇𝐨𝐭 ①②")).toBe("call 06 hot 12");
  });

  it("folds Cyrillic and Greek look-alikes only inside Latin words", () => {
    const mixed = normalise("Nеw in tоwn, ΑΝΝΑ, Москва");
    expect(mixed.text).toBe("new in town, αννα, москва");
    expect(mixed.folds.homoglyphs).toBe(2);
  });

  it("drops diacritics and zero-width characters, lowers case", () => {
    expect(norm("Tânără\u200b NOUĂ în oraș, Jolie Fraîche")).toBe("tanara noua in oras, jolie fraiche");
  });

  it("turns meaningful emoji into words and drops the others", () => {
    expect(tokenise(norm("hot 🍒 girl 🇷🇴 🐸 🔥")).words).toEqual([
      "hot",
      ":cherry:",
      "girl",
      ":flag_ro:",
      ":fire:",
    ]);
  });

  it("reads keycap digits as digits", () => {
    expect(norm("1️⃣2️⃣3️⃣")).toBe("123");
  });

  it("maps every normalised span back to the original text", () => {
    const text = "Ｃall zéro six 𝟏𝟐 now";
    const n = normalise(text);
    const at = n.text.indexOf("0 6 12");
    const span = toOriginal(n, at, at + "0 6 12".length);
    expect(text.slice(span.start, span.end)).toBe("zéro six 𝟏𝟐");
    const call = toOriginal(n, 0, 4);
    expect(text.slice(call.start, call.end)).toBe("Ｃall");
  });
});

describe("tokenise", () => {
  it("undoes leetspeak inside words but not in numbers", () => {
    expect(tokenise("fr3sh y0ung l@dy 30min 24h 0612").words).toEqual([
      "fresh",
      "young",
      "lady",
      "30min",
      "24h",
      "0612",
    ]);
  });

  it("keeps e-mail addresses out of the leetspeak rule", () => {
    expect(tokenise("anna@mail.com").words).toEqual(["anna", "mail", "com"]);
  });
});

describe("sanitize", () => {
  it("replaces control characters and lone surrogates without moving offsets", () => {
    const input = "hello a\u0001b\ud800c\udc00d😀 world";
    const r = sanitize(input);
    expect(r).toEqual({
      ok: true,
      value: { text: "hello a b\ufffdc\ufffdd😀 world", truncated: false, replaced: 3 },
    });
  });

  it("cuts long text at the cap, never inside a surrogate pair", () => {
    const r = sanitize(`${"x".repeat(9)}😀tail`, 10);
    expect(r).toEqual({ ok: true, value: { text: "x".repeat(9), truncated: true, replaced: 0 } });
  });

  it("says why it skips empty and binary input", () => {
    expect(sanitize("  \n ")).toEqual({ ok: false, reason: "empty" });
    expect(sanitize("\u0000\u0001\u0002abc\u0003\u0004")).toEqual({ ok: false, reason: "binary" });
    expect(sanitize(42)).toEqual({ ok: false, reason: "not_text" });
  });
});

/**
 * Emoji that carry meaning in ads, turned into word tokens (`:cherry:`) so that the lexicon can
 * name them. Others are dropped. Meanings are not asserted here: the lexicon says which of these
 * tokens is an indicator and with what (low) evidence.
 */
export const EMOJI_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    "🍒": "cherry",
    "💗": "growing_heart",
    "👑": "crown",
    "✈": "airplane",
    "🛫": "airplane",
    "🌹": "rose",
    "💋": "kiss",
    "🔥": "fire",
    "💦": "droplets",
    "🍑": "peach",
    "🍆": "eggplant",
    "🌶": "hot_pepper",
    "📞": "phone",
    "☎": "phone",
    "📱": "phone",
    "📲": "phone",
    "📧": "email",
    "✉": "email",
    "📩": "email",
    "💰": "money",
    "💵": "money",
    "💶": "money",
    "💷": "money",
    "💸": "money",
    "🏠": "house",
    "🏨": "hotel",
    "🚗": "car",
    "🆕": "new",
    "👧": "girl",
    "🧒": "child",
    "👶": "baby",
    "🎀": "ribbon",
    "🍭": "lollipop",
    "🦄": "unicorn",
    "😘": "kiss",
    "😍": "heart_eyes",
    "❤": "heart",
    "💕": "heart",
    "💖": "heart",
    "⭐": "star",
    "🌟": "star",
    "✨": "sparkles",
    "🔞": "adults_only",
    "💯": "hundred",
    "🕐": "clock",
    "⏰": "clock",
    "🚙": "car",
    "🛂": "passport",
    "🧳": "luggage",
    "🏗": "construction",
    "🚜": "farm",
    "🍓": "strawberry",
  }).map(([emoji, name]) => [emoji.codePointAt(0) ?? 0, name]),
);

/** Pictographic code points without a listed meaning: removed (replaced by a space). */
export function isPictographic(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff)
  );
}

/** Regional indicator symbols (two of them make a flag, e.g. 🇷🇴 → `:flag_ro:`). */
export function regionalLetter(cp: number): string | undefined {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff ? String.fromCharCode(0x61 + cp - 0x1f1e6) : undefined;
}

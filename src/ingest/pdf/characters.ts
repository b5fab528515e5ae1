// Characters as fonts encode them → the characters a reader means. Some CJK
// fonts map ideographs to radical code points (⻔ for 门, ⼯ for 工) or to CJK
// compatibility ideographs; text search, titles and figures need the ordinary
// ideograph. Full-width punctuation （：， is what Chinese text prints and is kept.

/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) has no Unicode decomposition; these
 * are the radicals that stand for a whole ideograph (per Unicode's
 * EquivalentUnifiedIdeograph data), mostly simplified forms.
 */
const radicalSupplement: Record<string, string> = {
  '⺆': '冂', '⺇': '几', '⺊': '卜', '⺋': '㔾', '⺌': '小', '⺍': '小', '⺎': '兀', '⺏': '尣',
  '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺕': '彐', '⺖': '忄', '⺗': '㣺', '⺘': '扌',
  '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵',
  '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牛', '⺨': '犭', '⺩': '王',
  '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糹', '⺰': '纟', '⺱': '罓',
  '⺲': '罒', '⺳': '罓', '⺴': '罓', '⺵': '罓', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '耂',
  '⺺': '肀', '⺻': '聿', '⺼': '月', '⺽': '臼', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎',
  '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻊': '足',
  '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸',
  '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯',
  '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

/**
 * Code points whose NFKC form is the character meant and nothing else changes:
 * Kangxi radicals (U+2F00–U+2FDF) and Latin ligatures (ﬁ). NFKC over the whole
 * text would also turn full-width （：， into ASCII, which Chinese text must keep.
 * NFC, applied to everything, folds the canonical singletons: CJK compatibility
 * ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) and the deprecated angle brackets
 * U+2329/U+232A that Chromium's fonts give for 〈〉.
 */
const nfkcSafe = /[\u2F00-\u2FDF\uFB00-\uFB06]/gu;

/**
 * Kangxi radicals whose NFKC form is a traditional or variant ideograph while
 * simplified-Chinese fonts draw, and mean, the everyday one with that glyph
 * (Chromium's print of a notice maps 户 to ⼾, whose NFKC is 戶).
 */
const kangxiInSimplifiedFonts: Record<string, string> = { '⼾': '户', '⾭': '青' };

/** Dashes some fonts set as one glyph for the two or three em dashes typed (—— as ⸺). */
const multiEmDash: Record<string, string> = { '⸺': '——', '⸻': '———' };

export function foldCharacters(text: string): string {
  return text
    .replace(/[⸺⸻]/gu, (c) => multiEmDash[c])
    .replace(/[\u2E80-\u2EFF]/gu, (c) => radicalSupplement[c] ?? c)
    .replace(/[⼾⾭]/gu, (c) => kangxiInSimplifiedFonts[c])
    .replace(nfkcSafe, (c) => c.normalize('NFKC'))
    .normalize('NFC');
}

/** Ideographs, kana, hangul and full-width forms: text set one em per character. */
export const isWide = (c: string): boolean => /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFF}]/u.test(c);


// The sentence by which a document says a table has no data: "本表无数据",
// "故本表为空表", "此表为空", "（注：…中没有使用政府性基金预算拨款安排的支出。）",
// "此表如无数字则表示单位无该项支出". Printed as a row inside the table or as a
// short paragraph right after (or before) it.

const statement = /本表无数据|为空表|(?:本|此)表为空|无数据|没有(?:使用)?[^。]*(?:安排|支出|收入)|无[^。，,]*(?:安排的|该项|此项)[^。]*(?:支出|收入|预算)|未安排|不涉及|如无数[字据]/u;

/** Longer paragraphs are narrative, not a note about one table. */
const MAX_NOTE_LENGTH = 120;

/** The first of the texts that states a table empty, or null. */
export function emptyStatement(texts: readonly string[]): string | null {
  return texts.find((text) => text.length <= MAX_NOTE_LENGTH && statement.test(text)) ?? null;
}

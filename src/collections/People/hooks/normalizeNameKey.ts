/**
 * The normalised form under which a person is stored once (`people.nameKey`):
 * NFKC (full-width letters and digits become ASCII, the ideographic space a plain one),
 * no whitespace at all (张 昕 → 张昕), one interpunct for foreign names (・ • ‧ → ·),
 * lower case for Latin letters. The importer keys people with this same function.
 */
export function normalizeNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[・•‧∙⋅]/gu, '·')
    .toLowerCase()
}

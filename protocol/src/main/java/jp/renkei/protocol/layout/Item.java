package jp.renkei.protocol.layout;

/**
 * One item (field) of a layout.
 *
 * @param no the 1-based position in this generation's layout
 * @param key a stable English identifier, the same in both generations (e.g. {@code serviceCode}); typed records
 *     use it as the component name and rules look items up by it
 * @param name the 日本語名称 exactly as in the spec
 * @param maxLength the maximum length in characters; {@link #FREE_TEXT} for free text (―)
 * @param lengthUncertain the Len is marked {@code n?} (or the item is a † item): exceeding it is ITEM-012
 * @param requirement ○, (○) or optional
 * @param format the format token
 * @param codes the code table when {@code format == CODE}, else null
 * @param formatUncertain format and code violations are WARNINGs (ITEM-013 / CODE-011) instead of ERRORs
 */
public record Item(
        int no,
        String key,
        String name,
        int maxLength,
        boolean lengthUncertain,
        Requirement requirement,
        Format format,
        CodeTable codes,
        boolean formatUncertain) {

    public static final int FREE_TEXT = -1;

    public boolean freeText() {
        return maxLength == FREE_TEXT;
    }
}

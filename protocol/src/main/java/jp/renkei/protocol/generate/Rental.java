package jp.renkei.protocol.generate;

/**
 * A 福祉用具 item rented for the whole month. {@code detailNo} is the 明細判別コード: 1, 2… among a user's items with
 * the same サービスコード. The spec needs the serial only where 単位数 are equal too, but numbering every item keeps
 * records apart for T6-006, whose key does not include 単位数.
 */
record Rental(Office office, ServiceCatalog.Product product, int detailNo) {
}

package jp.renkei.protocol.name;

/**
 * The identity of a sending unit (spec §7.1): form, sender, recipient, their kinds (null in v3 form) and SEQ.
 * Files in different forms never belong to one unit.
 */
public record UnitAddress(
        NameForm form, String sender, String senderKind, String recipient, String recipientKind, String sequence) {
}

/** The 第3表 (週間サービス計画表) PDF renderer of spec §8: layout of a UP3KYO plan on an A4 landscape sheet. */
package jp.renkei.protocol.render;

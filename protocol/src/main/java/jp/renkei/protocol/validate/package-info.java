/** Validation of files and sending units against the rule catalogue of spec §6: findings, reports and the validator. */
package jp.renkei.protocol.validate;

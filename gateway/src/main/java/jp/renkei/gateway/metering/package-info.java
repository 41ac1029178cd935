/** Metering: per-office, per-month roll-ups kept as documents move, the savings model, and the ministry's figures. */
package jp.renkei.gateway.metering;

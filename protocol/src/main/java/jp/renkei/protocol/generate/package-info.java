/** A realistic synthetic-data generator: valid sending units of care-plan CSV files, deterministic from a seed. */
package jp.renkei.protocol.generate;

/** Durable state: the store interface, its embedded SQLite implementation, payload encryption and the audit log. */
package jp.renkei.gateway.store;

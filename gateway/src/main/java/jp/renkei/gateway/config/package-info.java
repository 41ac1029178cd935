/** The gateway's settings: read once from a properties file, checked in full, then immutable records per component. */
package jp.renkei.gateway.config;

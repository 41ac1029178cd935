/** A small Java client for the Renkei HTTP API (v1) that vendors can embed: JDK HTTP client, mutual TLS, retries. */
package jp.renkei.tools.client;

/** The Renkei gateway: the mutual-TLS exchange server, its store, certificate authority and operator commands. */
package jp.renkei.gateway;

/** The HTTP side: the Netty pipeline, routing, thin handlers over the exchange, JSON errors and the management port. */
package jp.renkei.gateway.http;

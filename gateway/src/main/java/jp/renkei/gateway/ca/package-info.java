/** Renkei's certificate authority (Bouncy Castle): the CA and server certificate, office and role certificates. */
package jp.renkei.gateway.ca;

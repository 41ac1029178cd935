/** Routing and mailboxes: the plain exchange service behind the HTTP handlers (upload, inbox, download, receipt). */
package jp.renkei.gateway.mailbox;

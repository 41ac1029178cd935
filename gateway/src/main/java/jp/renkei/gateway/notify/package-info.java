/** Notifications: the event dispatcher, Server-Sent Event streams, long-polls, signed webhooks and their retries. */
package jp.renkei.gateway.notify;

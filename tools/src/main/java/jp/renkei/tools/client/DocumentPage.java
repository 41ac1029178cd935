package jp.renkei.tools.client;

import java.util.List;

/**
 * One page of an inbox or outbox, oldest first.
 *
 * @param next the cursor to ask for the following page with; equal to the request's cursor when the page is empty
 */
public record DocumentPage(List<Document> documents, long next) {

    public DocumentPage {
        documents = List.copyOf(documents);
    }
}

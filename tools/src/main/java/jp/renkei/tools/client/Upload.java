package jp.renkei.tools.client;

import java.util.List;

/**
 * The answer to an upload of one file or of a set.
 *
 * @param documents the stored documents, in the order of the upload
 * @param created true when the gateway stored them now (201), false when they were already there with the same
 *     bytes (200: a re-run of the same upload)
 */
public record Upload(List<Document> documents, boolean created) {

    public Upload {
        documents = List.copyOf(documents);
    }

    /** The single document of a one-file upload. */
    public Document document() {
        if (documents.size() != 1) {
            throw new IllegalStateException("this upload stored " + documents.size() + " documents");
        }
        return documents.get(0);
    }
}

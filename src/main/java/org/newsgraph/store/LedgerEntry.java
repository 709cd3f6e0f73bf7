package org.newsgraph.store;

/**
 * What the store knows about how an article graph was made: the ledger row {@code build} compares
 * against to skip unchanged articles, written in the same transaction as the graph it describes.
 *
 * @param articleIri      the article IRI, which also names its graph
 * @param contentHash     SHA-256 (hex) of the article's text and metadata
 * @param pipelineVersion fingerprint of the extraction code and rules that made the graph
 * @param tripleCount     number of triples written to the article graph
 * @param source          the file the article was read from, as given on the command line
 */
public record LedgerEntry(String articleIri, String contentHash, String pipelineVersion, long tripleCount,
                          String source) {
}

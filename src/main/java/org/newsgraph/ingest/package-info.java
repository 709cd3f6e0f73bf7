/**
 * Reading news files into {@link org.newsgraph.model.Article} records, the first stage of the
 * pipeline.
 *
 * <ul>
 *   <li>{@link org.newsgraph.ingest.ArticleCollector} is the entry point: paths in, one
 *       {@link org.newsgraph.ingest.IngestOutcome} per file out (ingested, failed, skipped); one
 *       bad file never stops a run.
 *   <li>{@link org.newsgraph.ingest.ArticleReader} is the role of one file format:
 *       {@link org.newsgraph.ingest.TextArticleReader} ({@code .txt} with an optional
 *       {@code .meta.json} sidecar) and {@link org.newsgraph.ingest.HtmlArticleReader}
 *       ({@code .html}, {@code .htm}).
 *   <li>Warnings (a missing date, say) go to a {@code Consumer<String>} passed to
 *       {@code read}; failures are {@link org.newsgraph.ingest.BadArticleException}s whose one-line
 *       message is {@code FILE: REASON}.
 *   <li>{@link org.newsgraph.ingest.ArticleIds} decides article ids (URL, else file base name).
 * </ul>
 *
 * <p>Every input is strict UTF-8; a BOM is dropped and line endings become {@code \n} before any
 * offset is taken. The patterns for datelines and for HTML boilerplate live in
 * {@code datelines.txt} and {@code boilerplate.txt} next to these classes.
 */
package org.newsgraph.ingest;

/**
 * The {@code pharos} command line: the one place where ingestion, NLP, coder, store and analytics
 * implementations are wired together.
 */
package org.pharos.cli;

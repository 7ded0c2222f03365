/**
 * The Pharos report: {@link org.pharos.analytics.report.ReportBuilder} gathers every figure the report
 * shows into one JSON-serializable {@link org.pharos.analytics.report.ReportData}, and {@link
 * org.pharos.analytics.report.HtmlReport} writes it as one self-contained HTML file (inline styles,
 * scripts and data; no external URL) that works offline. The map draws country outlines from the
 * versioned resource read by {@link org.pharos.analytics.report.CountryOutlines} (Natural Earth via
 * world-atlas; see {@code tools/outlines/}), and {@link org.pharos.analytics.report.SummaryWriter}
 * writes the summary from the figures alone.
 */
package org.pharos.analytics.report;

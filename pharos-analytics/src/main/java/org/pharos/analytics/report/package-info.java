/**
 * The Pharos report: {@link org.pharos.analytics.report.ReportBuilder} gathers every figure the report
 * shows into one JSON-serializable {@link org.pharos.analytics.report.ReportData}, and {@link
 * org.pharos.analytics.report.HtmlReport} writes it as one self-contained HTML file (inline styles,
 * scripts and data; no external URL) that works offline.
 */
package org.pharos.analytics.report;

/**
 * Document metadata: lenient date parsing into partial dates, header lines of plain-text articles,
 * HTML meta tags and JSON-LD, and outlet sign-offs. Pure functions over text; no I/O.
 */
package org.pharos.ingest.meta;

/**
 * Export of stored events to files for R, pandas, DuckDB and GDELT-shaped tools: CSV, JSON Lines,
 * Parquet and GDELT 2.0 event columns (see {@code GDELT-MAPPING.md} in the module).
 */
package org.pharos.store.export;

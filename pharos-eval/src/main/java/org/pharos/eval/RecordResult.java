package org.pharos.eval;

import java.util.List;

/**
 * What the coder produced for one gold record, with what matched, what it missed and what was extra.
 *
 * @param record the gold record
 * @param produced every counted event the coder produced
 * @param missed expected items not produced (as readable strings)
 * @param extra produced items not expected (as readable strings)
 * @param exactlyRight true when the produced events equal the expected ones at the exact level
 */
public record RecordResult(
    GoldRecord record, List<CodedEvent> produced, List<String> missed, List<String> extra, boolean exactlyRight) {}

package org.pharos.coder.quantity;

import java.util.List;
import org.pharos.model.Quantity;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Reads quantities attached to an event: killed, injured, arrested, attacks, troops, missiles,
 * drones, money, with their bounds and hedges ("at least 7", "nearly 100", "150-165", "dozens",
 * "4.2 billion USD"). Stateless and thread-safe.
 */
public interface QuantityExtractor {

  /** The quantities in {@code sentence} that belong to the event triggered at 1-based {@code trigger}. */
  List<Quantity> quantitiesOf(AnnotatedSentence sentence, int trigger);
}

package org.pharos.coder.quantity;

/**
 * A number phrase in a sentence with its bounds: "at least 7", "nearly 100", "150-165", "between 150
 * and 165", "dozens", "$500 million". Token indexes are 1-based, ends exclusive. Immutable and
 * thread-safe.
 *
 * @param begin first token of the phrase, hedge and currency symbol included
 * @param end token after the phrase (after a currency word, "or more", …)
 * @param valueBegin first token of the number itself
 * @param valueEnd token after the number itself (after a scale word or a range end)
 * @param min lower bound, or {@code null} when open ("nearly 100")
 * @param max upper bound, or {@code null} when open ("at least 7", "dozens")
 * @param qualifier the hedge in normal form ({@code at least}, {@code more than}, {@code nearly},
 *     {@code less than}, {@code up to}, {@code about}, or a vague plural such as {@code dozens}), or
 *     {@code null}
 * @param unit a currency unit ({@code USD}) when the phrase is money, else {@code null}
 */
public record NumberPhrase(
    int begin, int end, int valueBegin, int valueEnd, Double min, Double max, String qualifier, String unit) {

  /** True when the phrase is an amount of money. */
  public boolean isMoney() {
    return unit != null;
  }

  /** True when token {@code i} lies in the phrase. */
  public boolean covers(int i) {
    return i >= begin && i < end;
  }
}

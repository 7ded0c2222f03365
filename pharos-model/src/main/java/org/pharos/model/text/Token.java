package org.pharos.model.text;

/**
 * One token. Immutable and thread-safe.
 *
 * @param index 1-based position in its sentence (0 is reserved for the dependency root)
 * @param word the surface form
 * @param lemma the lemma, lower-case where the tagger lower-cases
 * @param pos Penn Treebank part-of-speech tag (NN, VBD, …)
 * @param ner named-entity tag ({@code PERSON}, {@code LOCATION}, {@code DATE}, … or {@code O})
 * @param begin character offset of the first character in the document body
 * @param end character offset after the last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  /** True for verbs (VB*). */
  public boolean isVerb() {
    return pos != null && pos.startsWith("VB");
  }

  /** True for common and proper nouns (NN*). */
  public boolean isNoun() {
    return pos != null && pos.startsWith("NN");
  }

  /** True for proper nouns (NNP, NNPS). */
  public boolean isProperNoun() {
    return pos != null && pos.startsWith("NNP");
  }

  /** The lemma lower-cased, falling back to the word. */
  public String lowerLemma() {
    return (lemma == null ? word : lemma).toLowerCase(java.util.Locale.ROOT);
  }
}
